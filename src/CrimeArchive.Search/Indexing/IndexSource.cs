using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Search.Indexing;

public sealed record ArticleSource(
    long Id, string Slug, string Title, ArticleKind Kind, ArticleStatus Status, string Lead, string BodyMarkdown, string? AnalysisMarkdown,
    DateOnly? PublishedOn, int? YearHint, string? Author, string? Country, string Language, IReadOnlyList<(long Id, EntityKind Kind, int Mentions)> Entities,
    IReadOnlyList<long> NamedInTitle);

public sealed record EntitySource(
    long Id, EntityKind Kind, string Name, string Slug, IReadOnlyList<string> Aliases, int Articles, string? Lead,
    IReadOnlyList<(string Heading, string BodyMarkdown)> Sections);

/// <summary>Reads what the index is made of, in chunks by id: the whole archive for a rebuild, or the
/// records the change log names.</summary>
internal sealed class IndexSource(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<List<ArticleSource>> ArticlesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ArticlesAsync(db, db.Articles.Where(a => ids.Contains(a.Id)), cancellationToken);
    }

    /// <summary>The next chunk of articles after <paramref name="afterId"/>, in id order.</summary>
    public async Task<List<ArticleSource>> ArticlesAfterAsync(long afterId, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ArticlesAsync(db, db.Articles.Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(count), cancellationToken);
    }

    public async Task<List<long>> ArticlesMentioningAsync(IReadOnlyCollection<long> entityIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Mentions.Where(m => entityIds.Contains(m.EntityId) && m.ArticleId != null)
            .Select(m => m.ArticleId!.Value).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<List<EntitySource>> EntitiesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EntitiesAsync(db.Entities.Where(e => ids.Contains(e.Id)), cancellationToken);
    }

    public async Task<List<EntitySource>> EntitiesAfterAsync(long afterId, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EntitiesAsync(db.Entities.Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(count), cancellationToken);
    }

    private static async Task<List<EntitySource>> EntitiesAsync(IQueryable<Entity> entities, CancellationToken cancellationToken)
    {
        // Split: aliases and sections joined in one query would multiply each other's rows.
        var rows = await entities.AsNoTracking().AsSplitQuery()
            .Select(e => new
            {
                e.Id, e.Kind, e.Name, e.Slug, e.Lead,
                Aliases = e.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
                Articles = e.Mentions.Where(m => m.Article!.Status == ArticleStatus.Published).Select(m => m.ArticleId).Distinct().Count(),
                Sections = e.Sections.OrderBy(s => s.Position).Select(s => new { s.Heading, s.BodyMarkdown }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(e => new EntitySource(e.Id, e.Kind, e.Name, e.Slug, e.Aliases, e.Articles, e.Lead,
            [.. e.Sections.Select(s => (s.Heading, s.BodyMarkdown))]))];
    }

    private static async Task<List<ArticleSource>> ArticlesAsync(ArchiveDbContext db, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking()
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.Kind, a.Status, a.Lead, a.BodyMarkdown, a.AnalysisMarkdown, a.PublishedOn, a.YearHint,
                a.Author, a.Country, a.Language,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var mentioned = await db.Mentions.AsNoTracking()
            .Where(m => m.ArticleId != null && ids.Contains(m.ArticleId.Value))
            .GroupBy(m => new { ArticleId = m.ArticleId!.Value, m.EntityId, m.Entity!.Kind })
            .Select(g => new { g.Key.ArticleId, g.Key.EntityId, g.Key.Kind, Mentions = g.Count() })
            .ToListAsync(cancellationToken);
        var byArticle = mentioned.ToLookup(m => m.ArticleId, m => (m.EntityId, m.Kind, m.Mentions));
        var entityIds = mentioned.Select(m => m.EntityId).Distinct().ToList();
        var names = (await db.Aliases.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).Select(a => new { a.EntityId, a.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EntityId, a => " " + SearchDocuments.AliasKey(a.Name) + " ");
        return [.. rows.Select(a =>
        {
            var title = " " + SearchDocuments.AliasKey(a.Title) + " ";
            var entities = byArticle[a.Id].ToList();
            var inTitle = entities.Where(e => names[e.EntityId].Any(n => n.Length > 2 && title.Contains(n, StringComparison.Ordinal))).Select(e => e.EntityId).ToList();
            return new ArticleSource(a.Id, a.Slug, a.Title, a.Kind, a.Status, a.Lead, a.BodyMarkdown, a.AnalysisMarkdown,
                a.PublishedOn, a.YearHint, a.Author, a.Country, a.Language, entities, inTitle);
        })];
    }
}
