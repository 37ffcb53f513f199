using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>The lock an import holds for its whole batch (a session lock on its connection): it keeps
/// two importers from interleaving, and editors' writes that a running import's in-memory copy of the
/// entities would undo (merges, splits, names removed) from running under its feet.</summary>
public static class ImportLock
{
    /// <summary>Any fixed number: the lock's name.</summary>
    public const long Key = 0x4352494d45;

    /// <summary>Takes the lock for the caller's transaction, or says false at once when an import holds it.</summary>
    public static async Task<bool> TryTakeForTransactionAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({Key}) AS \"Value\"").SingleAsync(cancellationToken);
}
