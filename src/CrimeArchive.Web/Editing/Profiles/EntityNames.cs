using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Profiles;

/// <summary>How the newsroom's writes find an entity by a name an editor (or a brief) gives, and give
/// an entity an address no other profile holds or once held.</summary>
public static class EntityNames
{
    /// <summary>The entity (of this kind, any kind when null) whose main name or an alias is
    /// <paramref name="name"/>, when exactly one is; else why not.</summary>
    public static async Task<(long? Id, string? Error)> FindAsync(ArchiveDbContext db, string name, EntityKind? kind, long except,
        CancellationToken cancellationToken)
    {
        var normalized = NameNormalizer.Normalize(name);
        var found = await db.Entities.Where(e => e.Id != except && (kind == null || e.Kind == kind)
                && (e.NormalizedName == normalized || e.Aliases.Any(a => a.NormalizedName == normalized)))
            .Select(e => new { e.Id, e.Name }).Take(5).ToListAsync(cancellationToken);
        return found.Count switch
        {
            1 => (found[0].Id, null),
            0 => (null, $"No {(kind is null ? "group, person or place" : kind.Value.ToString().ToLowerInvariant())} is called '{name}'."),
            _ => (null, $"'{name}' names several entities ({string.Join(", ", found.Select(f => f.Name))}): type the full main name."),
        };
    }

    /// <summary>The slug for <paramref name="name"/> among entities of its kind: -2, -3… when another
    /// profile has it now or had it before (its old address still leads there).</summary>
    public static async Task<string> FreeSlugAsync(ArchiveDbContext db, EntityKind kind, string name, long except, CancellationToken cancellationToken)
    {
        var stem = Slugs.From(name);
        var slug = stem;
        for (var n = 2;
             await db.Entities.AnyAsync(e => e.Kind == kind && e.Slug == slug && e.Id != except, cancellationToken)
             || await db.SlugRedirects.AnyAsync(r => r.Subject == RevisionSubject.Entity && r.EntityKind == kind && r.OldSlug == slug && r.SubjectId != except, cancellationToken);
             n++)
            slug = $"{stem}-{n}";
        return slug;
    }
}
