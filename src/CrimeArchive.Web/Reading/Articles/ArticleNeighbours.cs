using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Where an article sits in the archive, read in one query: the next newer and next older
/// published article (in the archive's newest-first order, undated last) and the articles that name
/// the most of the same entities.</summary>
internal static class ArticleNeighbours
{
    public const int RelatedCount = 5;

    public sealed record Read(IReadOnlyList<RelatedArticle> Related, ArticleLink? Newer, ArticleLink? Older);

    private enum Part { Related, Newer, Older }

    public static async Task<Read> ReadAsync(ArchiveDbContext db, ArticleView article, CancellationToken cancellationToken)
    {
        var rows = await Related(db, article.Id)
            .Concat(Newer(db, article).Select(Link(Part.Newer)).Take(1))
            .Concat(Older(db, article).Select(Link(Part.Older)).Take(1))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new Read(
            [.. rows.Where(r => r.Part == Part.Related)
                .OrderByDescending(r => r.Shared).ThenByDescending(r => r.PublishedOn)
                .Select(r => new RelatedArticle(r.Link(), r.Shared))],
            rows.FirstOrDefault(r => r.Part == Part.Newer)?.Link(),
            rows.FirstOrDefault(r => r.Part == Part.Older)?.Link());
    }

    /// <summary>How many of each entity's latest articles are read for related ones: an article naming a
    /// country mentioned a hundred thousand times must not read them all.</summary>
    public const int CandidatesPerEntity = 300;

    /// <summary>The published articles naming the most of this one's entities, among each entity's
    /// latest articles; the other-language version of the piece is linked on its own and not listed again.</summary>
    private static IQueryable<Row> Related(ArchiveDbContext db, long id)
    {
        var named = db.Mentions.Where(m => m.ArticleId == id).Select(m => m.EntityId).Distinct();
        return named
            .SelectMany(entity => db.Mentions
                .Where(m => m.EntityId == entity && m.ArticleId != null && m.ArticleId != id)
                .OrderByDescending(m => m.ArticleId)
                .Take(CandidatesPerEntity)
                .Select(m => new { m.ArticleId, EntityId = entity }))
            .GroupBy(m => m.ArticleId)
            .Select(g => new { ArticleId = g.Key, Shared = g.Select(m => m.EntityId).Distinct().Count() })
            .Join(db.Articles.Published().Where(a => a.OtherLanguageId != id), s => s.ArticleId, a => a.Id, (s, a) => new { s.Shared, Article = a })
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.Article.PublishedOn).ThenByDescending(x => x.Article.Id)
            .Take(RelatedCount)
            .Select(x => new Row
            {
                Part = Part.Related, Slug = x.Article.Slug, Title = x.Article.Title, PublishedOn = x.Article.PublishedOn,
                Language = x.Article.Language, Shared = x.Shared,
            });
    }

    /// <summary>The articles before this one in newest-first order, closest first.</summary>
    private static IOrderedQueryable<Article> Newer(ArchiveDbContext db, ArticleView article)
    {
        var published = db.Articles.Published();
        if (article.PublishedOn is { } day)
        {
            return published
                .Where(a => a.PublishedOn > day || (a.PublishedOn == day && a.Id > article.Id))
                .OrderBy(a => a.PublishedOn).ThenBy(a => a.Id);
        }
        // Undated articles come after every dated one: the newer of an undated one are the undated
        // with a higher id, then the oldest dated.
        return published
            .Where(a => a.PublishedOn != null || a.Id > article.Id)
            .OrderByDescending(a => a.PublishedOn == null).ThenBy(a => a.PublishedOn).ThenBy(a => a.Id);
    }

    /// <summary>The articles after this one in newest-first order, closest first.</summary>
    private static IOrderedQueryable<Article> Older(ArchiveDbContext db, ArticleView article)
    {
        var published = db.Articles.Published();
        var after = article.PublishedOn is { } day
            ? published.Where(a => a.PublishedOn == null || a.PublishedOn < day || (a.PublishedOn == day && a.Id < article.Id))
            : published.Where(a => a.PublishedOn == null && a.Id < article.Id);
        return after.NewestFirst();
    }

    private static System.Linq.Expressions.Expression<Func<Article, Row>> Link(Part part) => a => new Row
    {
        Part = part, Slug = a.Slug, Title = a.Title, PublishedOn = a.PublishedOn, Language = a.Language, Shared = 0,
    };

    /// <summary>One row shape for the three parts of the UNION, every member set in each.</summary>
    private sealed class Row
    {
        public Part Part { get; init; }
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public DateOnly? PublishedOn { get; init; }
        public string Language { get; init; } = "";
        public int Shared { get; init; }

        public ArticleLink Link() => new(Slug, Title, PublishedOn, Language);
    }
}
