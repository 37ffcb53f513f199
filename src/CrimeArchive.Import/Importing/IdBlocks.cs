using Npgsql;

namespace CrimeArchive.Import.Importing;

/// <summary>Ids for the rows an import creates, taken from each table's own identity sequence a block
/// at a time. Knowing the ids before writing lets a file's rows, which refer to one another, go to
/// the database in one round trip. Sequences are shared safely: anyone else (an editor's form)
/// draws its own ids from the same sequence, and unused ids of a block are only a gap.</summary>
internal sealed class IdBlocks(NpgsqlConnection connection)
{
    private const int BlockSize = 256;
    private readonly Dictionary<string, Queue<long>> free = new(StringComparer.Ordinal);

    /// <summary>Tables the importer creates rows in with ids it chooses.</summary>
    public const string Sources = "source_documents", Articles = "articles", Entities = "entities", Aliases = "aliases";

    public async Task<long> NextAsync(string table, CancellationToken cancellationToken)
    {
        if (!free.TryGetValue(table, out var ids))
            free[table] = ids = new Queue<long>();
        if (ids.Count == 0)
        {
            await using var command = new NpgsqlCommand(
                "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = table });
            command.Parameters.Add(new NpgsqlParameter { Value = BlockSize });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Enqueue(reader.GetInt64(0));
        }
        return ids.Dequeue();
    }
}
