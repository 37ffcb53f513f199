using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Import.Importing;

/// <summary>An editor's merge of two entities that are one, done the way an import merges them
/// (<see cref="EntityMerger"/>), inside the caller's transaction.</summary>
public static class EntityMerges
{
    public static async Task MergeAsync(ArchiveDbContext db, long kept, long absorbed, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A merge runs inside the caller's transaction.");
        var aliases = await db.Aliases.AsNoTracking().Where(a => a.EntityId == kept || a.EntityId == absorbed)
            .Select(a => new { a.Id, a.EntityId, a.NormalizedName }).ToListAsync(cancellationToken);
        var keptNames = aliases.Where(a => a.EntityId == kept).ToDictionary(a => a.NormalizedName, a => a.Id);
        var theirs = aliases.Where(a => a.EntityId == absorbed).ToList();
        var sql = new WriteBatch();
        EntityMerger.Append(sql, kept, absorbed,
            [.. theirs.Where(a => !keptNames.ContainsKey(a.NormalizedName)).Select(a => a.Id)],
            [.. theirs.Where(a => keptNames.ContainsKey(a.NormalizedName)).Select(a => (a.Id, keptNames[a.NormalizedName]))]);
        // Npgsql runs a batch in the connection's open transaction: the caller's.
        await sql.ExecuteAsync((NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);
    }
}
