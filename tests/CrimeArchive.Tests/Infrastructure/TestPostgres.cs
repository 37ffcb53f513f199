using CrimeArchive.Data;
using CrimeArchive.Data.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use: ConnectionStrings__Archive when set, else one
/// throwaway cluster (fsync off) for the whole test run. Migrations are applied once to a template
/// database; each test class gets a fresh copy of it.</summary>
public static class TestPostgres
{
    private const string Template = "crimearchive_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalPostgresCluster? cluster;
    private static string? serverConnection;

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await ServerAsync();
        var name = $"test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name} TEMPLATE {Template}");
        return WithDatabase(server, name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(serverConnection!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<string> ServerAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (serverConnection is not null)
                return serverConnection;
            var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Archive");
            if (string.IsNullOrWhiteSpace(configured))
            {
                RemoveStoppedClusters();
                var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-tests-{Guid.NewGuid():N}");
                cluster = await LocalPostgresCluster.StartAsync(folder, throwaway: true, NullLogger.Instance);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
                configured = cluster.ConnectionString("postgres");
            }
            var server = WithDatabase(configured, "postgres");
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)");
            await ArchiveDb.MigrateAsync(WithDatabase(server, Template));
            NpgsqlConnection.ClearAllPools();
            return serverConnection = server;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The test host may end before a cluster's folder is removed; later runs sweep the
    /// folders of clusters that are no longer running.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "crimearchive-tests-*"))
        {
            if (File.Exists(Path.Combine(folder, "postmaster.pid")))
                continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
