using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using Npgsql;

namespace CrimeArchive.Import.Importing;

/// <summary>The statements one file's import writes, sent to PostgreSQL together in one round trip.
/// Sent outside an explicit transaction, a batch is one transaction of its own: if a statement
/// fails, the statements before it are rolled back and those after it are not run. Values always travel as parameters ($1, $2…), never in the SQL text;
/// many rows go as arrays that the statement unnests, so the SQL text stays the same from file to
/// file and PostgreSQL reuses its prepared plan.</summary>
internal sealed class WriteBatch
{
    private readonly List<NpgsqlBatchCommand> commands = [];

    public int Count => commands.Count;

    public void Add(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        commands.Add(command);
    }

    /// <summary>The search change log's rows for what the batch changes, last, under the log's lock.</summary>
    public void AddSearchChanges(IReadOnlyCollection<(SearchChangeKind Kind, long Id)> changes)
    {
        if (changes.Count == 0)
            return;
        Add(SearchChangeLog.LockSql);
        Add(SearchChangeLog.InsertSql, changes.Select(c => c.Kind.ToString()).ToArray(), changes.Select(c => c.Id).ToArray());
        Add(SearchChangeLog.NotifySql);
    }

    public async Task ExecuteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
            return;
        await using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
            batch.BatchCommands.Add(command);
        commands.Clear();
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
