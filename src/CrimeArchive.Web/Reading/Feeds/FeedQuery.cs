using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Feeds;

public sealed record FeedEntry(string Slug, string Title, DateOnly? PublishedOn, DateTimeOffset UpdatedAt, string? Author, string Lead);

/// <summary>The feed's subject: the whole archive, or one group, person or place.</summary>
public sealed record FeedSubject(string Title, EntityKind? Kind, string? Slug);

/// <summary>The newest published articles for Atom feeds: the archive's, or those naming one entity.</summary>
public sealed class FeedQuery(ArchiveDbContext db)
{
    public const int Size = 50;

    public Task<List<FeedEntry>> LatestAsync(CancellationToken cancellationToken) =>
        Entries(db.Articles.AsNoTracking().Published(), cancellationToken);

    /// <summary>Null when there is no such entity.</summary>
    public async Task<(FeedSubject Subject, List<FeedEntry> Entries)?> ForEntityAsync(EntityKind kind, string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Where(e => e.Kind == kind && e.Slug == slug).Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(cancellationToken);
        if (entity is null)
            return null;
        var entries = await Entries(db.Articles.AsNoTracking().Published().Where(a => a.Mentions.Any(m => m.EntityId == entity.Id)), cancellationToken);
        return (new FeedSubject(entity.Name, kind, slug), entries);
    }

    private static Task<List<FeedEntry>> Entries(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.NewestFirst().Take(Size)
            .Select(a => new FeedEntry(a.Slug, a.Title, a.PublishedOn, a.UpdatedAt, a.Author, a.Lead))
            .ToListAsync(cancellationToken);
}
