using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Importing;
using CrimeArchive.Web.Editing.History;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Profiles;

/// <summary>Two profiles that are one entity merged, and a name wrongly merged into a profile split off
/// into its own. Both lock the rows they change, write each profile's history and the audit log, and
/// tell the search index.</summary>
public sealed class EntityMerging(ArchiveDbContext db, TimeProvider clock)
{
    public async Task<string?> MergeAsync(long keptId, long absorbedId, string reason, EditorRef editor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return "Say why the two are one: the history keeps it.";
        if (keptId == absorbedId)
            return "A profile cannot be merged into itself.";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ImportLock.TryTakeForTransactionAsync(db, cancellationToken))
            return ImportRunning;
        var pair = await db.Entities.FromSql($"SELECT *, xmin FROM entities WHERE id IN ({keptId}, {absorbedId}) ORDER BY id FOR UPDATE")
            .AsNoTracking().ToListAsync(cancellationToken);
        var kept = pair.SingleOrDefault(e => e.Id == keptId);
        var absorbed = pair.SingleOrDefault(e => e.Id == absorbedId);
        if (kept is null || absorbed is null)
            return "One of the two profiles is no longer in the archive.";
        if (kept.Kind != absorbed.Kind)
            return $"{kept.Name} is a {kept.Kind.ToString().ToLowerInvariant()} and {absorbed.Name} a {absorbed.Kind.ToString().ToLowerInvariant()}: only profiles of one kind merge.";

        await EntityMerges.MergeAsync(db, kept.Id, absorbed.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var summary = $"merged '{absorbed.Name}' into this profile ({reason.Trim()})";
        await AddRevisionAsync(kept.Id, editor, summary, now, cancellationToken);
        RevisionLog.Audit(db, AuditAction.Merged, RevisionSubject.Entity, kept.Id, editor, $"{absorbed.Name} merged into {kept.Name}: {reason.Trim()}", now);
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Entity, absorbed.Id), (SearchChangeKind.EntityAndArticles, kept.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Takes the names <paramref name="aliasIds"/> off an entity into a new one of the same kind,
    /// with the mentions that use them; imports no longer give those names to the first.</summary>
    public async Task<(long? NewId, string? Error)> SplitAsync(long entityId, IReadOnlyCollection<long> aliasIds, string reason, EditorRef editor,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return (null, "Say why the name is someone else's: the history keeps it.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ImportLock.TryTakeForTransactionAsync(db, cancellationToken))
            return (null, ImportRunning);
        var entity = await db.Entities.FromSql($"SELECT *, xmin FROM entities WHERE id = {entityId} FOR UPDATE")
            .Include(e => e.Aliases).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
            return (null, "There is no such profile.");
        var moving = entity.Aliases.Where(a => aliasIds.Contains(a.Id)).ToList();
        if (moving.Count == 0)
            return (null, "Choose the names to split off.");
        if (moving.Any(a => a.NormalizedName == entity.NormalizedName))
            return (null, "The main name stays: make another name the main one first, or split the others off.");

        var now = clock.GetUtcNow();
        var name = moving[0].Name;
        var created = new Entity
        {
            Kind = entity.Kind, Name = name, NormalizedName = moving[0].NormalizedName, Slug = await EntityNames.FreeSlugAsync(db, entity.Kind, name, 0, cancellationToken),
            CreatedAt = now, UpdatedAt = now, NameEditedBy = editor.Copy(),
        };
        db.Entities.Add(created);
        foreach (var alias in moving)
        {
            entity.Aliases.Remove(alias);
            created.Aliases.Add(alias);
            db.RemovedAliases.Add(new RemovedAlias
            {
                EntityId = entity.Id, Name = alias.Name, NormalizedName = alias.NormalizedName, RemovedBy = editor.Copy(), RemovedAt = now,
                Reason = $"split off into its own profile: {reason.Trim()}",
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        var names = moving.Select(a => a.NormalizedName).ToHashSet(StringComparer.Ordinal);
        var mentions = await db.Mentions.Where(m => m.EntityId == entity.Id).Select(m => new { m.Id, m.Surface }).ToListAsync(cancellationToken);
        var moved = mentions.Where(m => names.Contains(NameNormalizer.Normalize(m.Surface))).Select(m => m.Id).ToList();
        await db.Mentions.Where(m => moved.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(x => x.EntityId, created.Id), cancellationToken);

        var summary = $"'{string.Join("', '", moving.Select(a => a.Name))}' split off into its own profile ({reason.Trim()})";
        await AddRevisionAsync(entity.Id, editor, summary, now, cancellationToken);
        await AddRevisionAsync(created.Id, editor, $"split off from '{entity.Name}' ({reason.Trim()})", now, cancellationToken);
        RevisionLog.Audit(db, AuditAction.Split, RevisionSubject.Entity, created.Id, editor, $"{name} split off from {entity.Name}: {reason.Trim()}", now);
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.EntityAndArticles, entity.Id), (SearchChangeKind.EntityAndArticles, created.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (created.Id, null);
    }

    public const string ImportRunning = "An import is running: it holds its own copy of the profiles, and would undo this. Try again when it has finished.";

    private async Task AddRevisionAsync(long id, EditorRef editor, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Include(e => e.Aliases).Include(e => e.Sections).AsSplitQuery()
            .SingleAsync(e => e.Id == id, cancellationToken);
        await RevisionLog.AddAsync(db, RevisionSubject.Entity, id, editor, summary, ProfileSnapshot.Of(entity).ToJson(), now, cancellationToken);
    }

}
