using CrimeArchive.Data;
using CrimeArchive.Search;
using CrimeArchive.Search.Querying;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Search;

/// <summary>Facet counts and totals are the database's own counts of the same set.</summary>
public class FacetCountTests(SearchArchiveFixture archive) : IClassFixture<SearchArchiveFixture>
{
    private static Dictionary<string, int> Counts(SearchResults results, string field) =>
        results.Facets.Single(f => f.Field == field).Values.ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public async Task Facets_of_all_briefs_equal_counts_in_sql()
    {
        var results = archive.Search.Search(new SearchRequest(null) { Kind = "Brief" });
        await using var db = archive.CreateContext();
        var briefs = db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Kind == ArticleKind.Brief);

        Assert.Equal(await briefs.CountAsync(), results.Total);
        var byYear = await briefs.Where(a => a.PublishedOn != null).GroupBy(a => a.PublishedOn!.Value.Year)
            .ToDictionaryAsync(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count());
        Assert.Equal(byYear, Counts(results, SearchFields.Year));
        var byCountry = await briefs.Where(a => a.Country != null).GroupBy(a => a.Country!).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.Equal(byCountry, Counts(results, SearchFields.Country));
        var byLanguage = await briefs.GroupBy(a => a.Language).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.Equal(byLanguage, Counts(results, SearchFields.Language));
    }

    [Fact]
    public async Task Facets_of_a_group_filter_equal_counts_in_sql()
    {
        await using var db = archive.CreateContext();
        var group = await db.Entities.Where(e => e.Kind == EntityKind.Group)
            .OrderByDescending(e => e.Mentions.Select(m => m.ArticleId).Distinct().Count()).FirstAsync();
        var results = archive.Search.Search(new SearchRequest(null) { Group = group.Id });
        var articles = db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Mentions.Any(m => m.EntityId == group.Id));

        var kinds = await articles.GroupBy(a => a.Kind).ToDictionaryAsync(g => g.Key.ToString(), g => g.Count());
        Assert.Equal(kinds, Counts(results, SearchFields.Kind).Where(k => k.Key != "Profile").ToDictionary());
        var people = await db.Mentions
            .Where(m => m.Entity!.Kind == EntityKind.Person && m.Article!.Status == ArticleStatus.Published
                && m.Article.Mentions.Any(n => n.EntityId == group.Id))
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Articles);
        foreach (var (person, count) in Counts(results, SearchFields.Person))
            Assert.Equal(people[person], count);
    }

    [Fact]
    public async Task A_query_total_is_exact()
    {
        var results = archive.Search.Search(new SearchRequest("Rastrojos") { PageSize = 1 });
        await using var db = archive.CreateContext();
        // Every article that says the word or mentions the group under any name, and the profiles that do.
        var rastrojos = await db.Entities.Where(e => e.Kind == EntityKind.Group && e.Aliases.Any(a => a.NormalizedName == "rastrojos")).Select(e => e.Id).ToListAsync();
        var articles = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published
            && (EF.Functions.ILike(a.Title + " " + a.Lead + " " + a.BodyMarkdown + " " + (a.AnalysisMarkdown ?? ""), "%rastrojos%")
                || a.Mentions.Any(m => rastrojos.Contains(m.EntityId))));
        var profiles = results.Facets.Single(f => f.Field == SearchFields.Kind).Values.SingleOrDefault(v => v.Value == "Profile")?.Count ?? 0;
        Assert.Equal(articles, results.Total - profiles);
        Assert.Single(results.Hits);
        Assert.Equal(results.Total, results.PageCount);
    }
}
