using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Data;

public static class ArchiveDb
{
    /// <summary>The one place the Npgsql provider is configured, for the web app, the CLI and tests alike.</summary>
    public static TBuilder UseArchiveDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder =>
        (TBuilder)options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static ArchiveDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseArchiveDatabase(connectionString).Options);

    /// <summary>Makes sure the database named in the connection string exists, then applies migrations.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? "crimearchive";
        builder.Database = "postgres";
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", admin);
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another instance created it a moment ago.
                }
            }
        }
        await using var db = CreateContext(connectionString);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
