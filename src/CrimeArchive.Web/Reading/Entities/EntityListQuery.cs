using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Entities;

public sealed record EntityRow(string Slug, string Name, int Mentions, int Aliases);

/// <summary>Reads the index of one kind of entity: the most mentioned first.</summary>
public sealed class EntityListQuery(ArchiveDbContext db)
{
    /// <summary>The index is for browsing, not a register: it stops at the most mentioned.</summary>
    public const int Limit = 500;

    public async Task<IReadOnlyList<EntityRow>> ByKindAsync(EntityKind kind, CancellationToken cancellationToken) =>
        await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name)
            .Take(Limit)
            .Select(e => new EntityRow(e.Slug, e.Name, e.Mentions.Count, e.Aliases.Count))
            .ToListAsync(cancellationToken);
}
