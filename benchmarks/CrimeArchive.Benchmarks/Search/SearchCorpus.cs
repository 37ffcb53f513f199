using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Data.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The imported search corpus of a given size: a database named after the size and the
/// generator's version (<c>search_100000_v1</c>) on a persistent cluster in benchmarks/.data/ (or on
/// the server of ConnectionStrings__Archive), built once with the real importer and reused by every
/// later run. Keep it open while using the connection string: disposing it stops a cluster it started.</summary>
public sealed class SearchCorpus : IAsyncDisposable
{
    private readonly ArchiveConnection server;

    private SearchCorpus(ArchiveConnection server, int count, string connectionString)
    {
        this.server = server;
        Count = count;
        ConnectionString = connectionString;
    }

    /// <summary>How many texts were generated for it.</summary>
    public int Count { get; }

    /// <summary>The ready database, migrated and imported.</summary>
    public string ConnectionString { get; }

    public static string DatabaseName(int count) => $"search_{count}_v{SearchCorpusGenerator.Version}";

    /// <summary>Opens the corpus of <paramref name="count"/> texts, building it first when it is not
    /// there yet (minutes for 100,000 texts). A build that was interrupted is started over.</summary>
    public static async Task<SearchCorpus> OpenAsync(int count, CancellationToken cancellationToken = default)
    {
        var server = await ArchiveConnection.OpenAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Archive"),
            Path.Combine(RepositoryRoot(), "benchmarks", ".data", "search-postgres"), NullLogger.Instance, cancellationToken);
        try
        {
            var name = DatabaseName(count);
            var connection = SearchImport.WithDatabase(server.ConnectionString, name);
            if (!await ExistsAsync(server.ConnectionString, name, cancellationToken))
                await BuildAsync(server.ConnectionString, count, name, cancellationToken);
            return new SearchCorpus(server, count, connection);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>The <c>searchdb</c> mode: builds the corpus or finds it built, and says what it holds.</summary>
    public static async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await using var corpus = await OpenAsync(count, cancellationToken);
        Console.WriteLine($"{DatabaseName(count)} ready after {clock.Elapsed.TotalSeconds:0} s ({await corpus.HistoryAsync(cancellationToken)})");
        Console.WriteLine(await SearchImport.SummaryAsync(corpus.ConnectionString, null, cancellationToken));
    }

    /// <summary>How the corpus was built: the comment left on the database.</summary>
    public async Task<string> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "no build record";
    }

    // Built under a temporary name and renamed when complete, so that a database with the final
    // name is always a whole corpus.
    private static async Task BuildAsync(string serverConnection, int count, string name, CancellationToken cancellationToken)
    {
        var partial = name + "_partial";
        await AdminAsync(serverConnection, $"DROP DATABASE IF EXISTS \"{partial}\" WITH (FORCE)", cancellationToken);
        var connection = SearchImport.WithDatabase(serverConnection, partial);
        await ArchiveDb.MigrateAsync(connection, cancellationToken);
        // The corpus can always be made again: commits need not wait for the disk.
        await AdminAsync(serverConnection, $"ALTER DATABASE \"{partial}\" SET synchronous_commit = off", cancellationToken);

        Console.WriteLine($"building {name}: generating {count:N0} texts");
        var clock = Stopwatch.StartNew();
        var import = await SearchImport.RunAsync(connection, new SearchCorpusGenerator().Generate(count), Console.Out, cancellationToken);
        var history = $"built {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; import {import.Elapsed.TotalMinutes:0.0} min, " +
            $"{import.Report.Files.Count / import.Elapsed.TotalSeconds:0} texts/s; generating and writing the files {(clock.Elapsed - import.Elapsed).TotalSeconds:0} s";
        Console.WriteLine($"{history}: {import.Summary}");
        await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
        NpgsqlConnection.ClearAllPools();
        await AdminAsync(serverConnection, $"ALTER DATABASE \"{partial}\" RESET synchronous_commit", cancellationToken);
        await AdminAsync(serverConnection, $"ALTER DATABASE \"{partial}\" RENAME TO \"{name}\"", cancellationToken);
        await AdminAsync(serverConnection, $"COMMENT ON DATABASE \"{name}\" IS '{history.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
    }

    private static async Task<bool> ExistsAsync(string serverConnection, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(SearchImport.WithDatabase(serverConnection, "postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    // Database names are made here from a number, never from input: DDL takes no parameters.
    private static Task AdminAsync(string serverConnection, string sql, CancellationToken cancellationToken) =>
        ExecuteAsync(SearchImport.WithDatabase(serverConnection, "postgres"), sql, cancellationToken);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
                    return dir.FullName;
            }
        }
        return Environment.CurrentDirectory;
    }
}
