using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Import.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrimeArchive.Benchmarks;

/// <summary>End-to-end import texts per second: files on disk into an empty database, each file in
/// its own transaction, on a throwaway cluster (or ConnectionStrings__Archive).</summary>
internal static class ImportThroughput
{
    public static async Task RunAsync(int count, int runs)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in new CorpusGenerator().Generate(count))
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);

        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Archive");
        await using var cluster = string.IsNullOrWhiteSpace(configured)
            ? await LocalPostgresCluster.StartAsync(Path.Combine(Path.GetTempPath(), $"crimearchive-bench-pg-{Guid.NewGuid():N}"), throwaway: true, NullLogger.Instance)
            : null;
        var server = configured ?? cluster!.ConnectionString("postgres");

        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"bench_{run}_{Guid.NewGuid():N}"[..20] }.ConnectionString;
            await ArchiveDb.MigrateAsync(connection);
            var importer = new ArchiveImporter(new Factory(connection), TimeProvider.System, NullLogger<ArchiveImporter>.Instance);
            var clock = Stopwatch.StartNew();
            var report = await importer.ImportAsync([folder]);
            var rate = report.Files.Count / clock.Elapsed.TotalSeconds;
            rates.Add(rate);
            await using var db = ArchiveDb.CreateContext(connection);
            Console.WriteLine($"run {run}: {rate:0} texts/s ({report.Count(ImportStatus.Imported)} imported, {report.Count(ImportStatus.Failed)} failed, " +
                $"{await db.Entities.CountAsync()} entities, {await db.Mentions.CountAsync()} mentions)");
        }
        Console.WriteLine($"median: {ExtractionThroughput.Median(rates):0} texts/s end to end");
        Directory.Delete(folder, recursive: true);
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(connectionString);
    }
}
