using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CrimeArchive.Data.Search;

/// <summary>How writers record search changes. Ids of the log must become visible in the order they
/// were drawn, or a reader that remembers the last id it applied could pass over a row committed
/// late; so every writer takes one transaction-scoped advisory lock before its log rows and holds it
/// until commit. The notification wakes the instances' feeders at commit.</summary>
public static class SearchChangeLog
{
    public const string Channel = "search_changes";

    /// <summary>Taken before the rows are inserted; released by the transaction's end.</summary>
    public const string LockSql = "SELECT pg_advisory_xact_lock(7316270412)";

    /// <summary>$1 kinds (text[]), $2 target ids (bigint[]). The time is the server's, so that rows
    /// grow older in the order of their ids and pruning can remove a prefix.</summary>
    public const string InsertSql = """
        INSERT INTO search_changes (kind, target_id, changed_at)
        SELECT u.kind, u.target_id, clock_timestamp() FROM unnest($1::text[], $2::bigint[]) AS u(kind, target_id)
        """;

    public const string NotifySql = "SELECT pg_notify('" + Channel + "', '')";

    /// <summary>Records changes made through EF Core inside the caller's open transaction. Call it
    /// last, just before committing: from here to the commit the transaction holds the log's lock,
    /// which every other writer waits for.</summary>
    public static async Task RecordAsync(ArchiveDbContext db, IReadOnlyCollection<(SearchChangeKind Kind, long Id)> changes,
        CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Search changes are recorded in the transaction of the change they describe.");
        // The importer's positional SQL, sent on the context's own connection and transaction.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)db.Database.CurrentTransaction.GetDbTransaction())
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(LockSql),
                new NpgsqlBatchCommand(InsertSql)
                {
                    Parameters =
                    {
                        new NpgsqlParameter { Value = changes.Select(c => c.Kind.ToString()).ToArray() },
                        new NpgsqlParameter { Value = changes.Select(c => c.Id).ToArray() },
                    },
                },
                new NpgsqlBatchCommand(NotifySql),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Asks every instance to rebuild its index from the database.</summary>
    public static async Task RequestRebuildAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RecordAsync(db, [(SearchChangeKind.Rebuild, 0)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
