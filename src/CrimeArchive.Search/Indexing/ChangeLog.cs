using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Search.Indexing;

/// <summary>Reads the search change log for an index catching up.</summary>
internal sealed class ChangeLog(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<List<SearchChange>> AfterAsync(long watermark, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SearchChanges.AsNoTracking().Where(c => c.Id > watermark).OrderBy(c => c.Id).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>The last id drawn for the log (0 when none ever was): an index built now reflects every change up to it.</summary>
    public async Task<long> LastIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database
            .SqlQueryRaw<long>("SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('search_changes', 'id')::regclass), 0) AS \"Value\"")
            .SingleAsync(cancellationToken);
    }

    /// <summary>Whether every change after <paramref name="watermark"/> is still in the log: else the
    /// index cannot catch up and must be rebuilt (it is older than the log's retention, or the
    /// database was emptied since).</summary>
    public async Task<bool> CoversAsync(long watermark, CancellationToken cancellationToken)
    {
        var last = await LastIdAsync(cancellationToken);
        if (watermark > last)
            return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var oldest = await db.SearchChanges.MinAsync(c => (long?)c.Id, cancellationToken);
        return oldest is null ? watermark == last : oldest <= watermark + 1;
    }

    public async Task<int> PruneAsync(TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = now - retention;
        return await db.SearchChanges.Where(c => c.ChangedAt < before).ExecuteDeleteAsync(cancellationToken);
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
}
