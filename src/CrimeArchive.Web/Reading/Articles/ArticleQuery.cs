using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Reads one published article by its slug, in two queries: the article with its mentions and
/// sources, then its neighbours in the archive.</summary>
public sealed class ArticleQuery(ArchiveDbContext db)
{
    /// <summary>Null when no published article has this slug (a draft is not found either).</summary>
    public async Task<ArticleDetails?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        // Sources are one or two and mentions a few dozen, so one joined query beats three round trips.
        var found = await db.Articles.AsNoTracking().Published()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                View = new ArticleView(a.Id, a.Slug, a.Title, a.TitleDerived, a.Kind, a.PublishedOn, a.YearHint,
                    a.Author, a.Country, a.Tags, a.Language, a.Lead, a.BodyMarkdown, a.AnalysisMarkdown),
                OtherLanguage = a.OtherLanguage != null && a.OtherLanguage.Status == ArticleStatus.Published
                    ? new ArticleLink(a.OtherLanguage.Slug, a.OtherLanguage.Title, a.OtherLanguage.PublishedOn, a.OtherLanguage.Language)
                    : null,
                Mentions = a.Mentions.OrderBy(m => m.Id)
                    .Select(m => new { m.Entity!.Kind, m.Entity.Slug, m.Entity.Name, m.Surface }).ToList(),
                Sources = a.Sources.OrderBy(s => s.Id)
                    .Select(s => new ArticleSource(s.FileName, s.ImportedAt, s.SupersededById != null)).ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
            return null;
        // By kind, then the most named first.
        var entities = found.Mentions
            .GroupBy(m => (m.Kind, m.Slug, m.Name))
            .OrderBy(g => g.Key.Kind).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.CurrentCulture)
            .Select(g => new NamedEntity(g.Key.Kind, g.Key.Slug, g.Key.Name, g.Count(), [.. g.Select(m => m.Surface).Distinct()]))
            .ToList();
        var around = await ArticleNeighbours.ReadAsync(db, found.View, cancellationToken);
        return new ArticleDetails(found.View, entities, found.Sources, around.Related, around.Newer, around.Older, found.OtherLanguage);
    }

    /// <summary>The slug a published article has now, when <paramref name="oldSlug"/> is one it had before.</summary>
    public Task<string?> RenamedAsync(string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Subject == RevisionSubject.Article && r.OldSlug == oldSlug)
            .Join(db.Articles.Published(), r => r.SubjectId, a => a.Id, (_, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
}
