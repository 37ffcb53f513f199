using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Search.Indexing;

/// <summary>A row of the change log as read: its kind stays text, so that a kind written by a newer
/// version of the app is skipped rather than stopping this one.</summary>
internal sealed record LoggedChange(long Id, string Kind, long TargetId)
{
    public SearchChangeKind? Known => Enum.TryParse<SearchChangeKind>(Kind, out var kind) ? kind : null;
}

/// <summary>Reads the search change log for an index catching up, and keeps it short.</summary>
internal sealed class ChangeLogReader(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<List<LoggedChange>> AfterAsync(long watermark, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database
            .SqlQuery<LoggedChange>($"SELECT id, kind, target_id FROM search_changes WHERE id > {watermark} ORDER BY id LIMIT {count}")
            .ToListAsync(cancellationToken);
    }

    /// <summary>The id an index built from what is read next reflects: every row up to it is
    /// committed. Read under the writers' lock, so that no writer holds a row drawn but not yet
    /// committed (its change would be in neither the data read nor the log after the mark).</summary>
    public async Task<long> MarkAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SearchChangeLog.LockSql, cancellationToken);
        var last = await LastIdAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return last;
    }

    /// <summary>Whether every change after <paramref name="watermark"/> is still in the log: else the
    /// index cannot catch up and must be rebuilt (it is older than what pruning kept, or the
    /// database was emptied since). Pruning keeps the newest row it could have removed as a marker,
    /// so the oldest row says where the log begins.</summary>
    public async Task<bool> CoversAsync(long watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await LastIdAsync(db, cancellationToken);
        if (watermark > last)
            return false;
        var oldest = await db.SearchChanges.MinAsync(c => (long?)c.Id, cancellationToken);
        return oldest is null ? watermark == last : oldest <= watermark + 1;
    }

    /// <summary>Removes a prefix of the log older than the retention, keeping its last row as the marker.</summary>
    public async Task<int> PruneAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = DateTimeOffset.UtcNow - retention;
        return await db.Database.ExecuteSqlAsync(
            $"DELETE FROM search_changes WHERE id < (SELECT max(id) FROM search_changes WHERE changed_at < {before})", cancellationToken);
    }

    /// <summary>Which database an index was built from: a folder pointed at another database is rebuilt.</summary>
    public async Task<string> DatabaseIdentityAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var database = await db.Database
            .SqlQueryRaw<string>("SELECT current_database() || '/' || oid::text AS \"Value\" FROM pg_database WHERE datname = current_database()")
            .SingleAsync(cancellationToken);
        return $"{builder.Host}:{builder.Port}/{database}";
    }

    /// <summary>The last id drawn for the log (0 when none ever was).</summary>
    private static Task<long> LastIdAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        db.Database
            .SqlQueryRaw<long>("SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('search_changes', 'id')::regclass), 0) AS \"Value\"")
            .SingleAsync(cancellationToken);
}
