using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Home;

/// <summary>The home page: the latest published articles and how much the archive holds.</summary>
public sealed record HomePage(IReadOnlyList<ArticleCard> Latest, ArchiveCounts Counts);

/// <summary>Published articles, and entities by kind.</summary>
public sealed record ArchiveCounts(int Articles, IReadOnlyDictionary<EntityKind, int> Entities)
{
    public int Of(EntityKind kind) => Entities.GetValueOrDefault(kind);
}

public sealed class HomeQuery(ArchiveDbContext db)
{
    public const int LatestCount = 10;

    public async Task<HomePage> GetAsync(CancellationToken cancellationToken)
    {
        var latest = await db.Articles.AsNoTracking().Published().NewestFirst()
            .Take(LatestCount)
            .Select(ArticleCard.FromArticle)
            .ToListAsync(cancellationToken);
        return new HomePage(latest, await CountsAsync(cancellationToken));
    }

    private async Task<ArchiveCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var articles = await db.Articles.Published().CountAsync(cancellationToken);
        var entities = await db.Entities
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        return new ArchiveCounts(articles, entities);
    }
}
