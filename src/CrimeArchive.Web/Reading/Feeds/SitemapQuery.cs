using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Feeds;

public sealed record SitemapArticle(string Slug, DateTimeOffset UpdatedAt);

public sealed record SitemapEntity(EntityKind Kind, string Slug, DateTimeOffset UpdatedAt);

/// <summary>What search engines are told exists: published articles in parts of at most
/// <see cref="PartSize"/> (the sitemap protocol's limit per file), and every profile.</summary>
public sealed class SitemapQuery(ArchiveDbContext db)
{
    public const int PartSize = 50_000;

    public async Task<int> ArticlePartsAsync(CancellationToken cancellationToken) =>
        (int)Math.Ceiling(await db.Articles.Published().CountAsync(cancellationToken) / (double)PartSize);

    /// <summary>Part <paramref name="part"/> (from 1) of the published articles, by id so parts stay stable.</summary>
    public Task<List<SitemapArticle>> ArticlesAsync(int part, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Published().OrderBy(a => a.Id).Skip((part - 1) * PartSize).Take(PartSize)
            .Select(a => new SitemapArticle(a.Slug, a.UpdatedAt)).ToListAsync(cancellationToken);

    public Task<List<SitemapEntity>> EntitiesAsync(CancellationToken cancellationToken) =>
        db.Entities.AsNoTracking().OrderBy(e => e.Id).Select(e => new SitemapEntity(e.Kind, e.Slug, e.UpdatedAt)).ToListAsync(cancellationToken);
}
