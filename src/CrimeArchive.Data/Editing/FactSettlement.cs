using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Data.Editing;

public sealed record SettlementResult(bool Settled, string Message);

/// <summary>An editor decides which value of a disputed fact holds. The decision is kept with who,
/// when and why; the sources' statements stay as they are.</summary>
public static class FactSettlement
{
    public static async Task<SettlementResult> SettleAsync(
        ArchiveDbContext db, EntityKind kind, string slug, string key, string value, EditorRef editor, string reason,
        TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        if (entity is null)
            return new(false, $"There is no {kind.ToString().ToLowerInvariant()} profile '{slug}'.");
        return await SettleAsync(db, entity, key, value, editor, reason, clock, cancellationToken);
    }

    public static async Task<SettlementResult> SettleAsync(
        ArchiveDbContext db, Entity entity, string key, string value, EditorRef editor, string reason,
        TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(editor.Name) || string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(value))
            return new(false, "A decision needs a value, the editor who makes it and a reason.");
        var stated = await db.Facts.Where(f => f.EntityId == entity.Id && f.Key.ToLower() == key.ToLower())
            .Select(f => f.Value).Distinct().ToListAsync(cancellationToken);
        if (stated.Count == 0)
            return new(false, $"No source states a '{key}' for {entity.Name}.");
        db.Decisions.Add(new Decision
        {
            EntityId = entity.Id,
            Key = key,
            ChosenValue = value.Trim(),
            DecidedBy = new EditorRef { UserId = editor.UserId, Name = editor.Name.Trim() },
            Reason = reason.Trim(),
            DecidedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"{entity.Name}: {key} settled as \"{value.Trim()}\" (sources said: {string.Join(" / ", stated)}).");
    }
}
