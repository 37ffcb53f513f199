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
            var (appCpu, databaseCpu) = (Process.GetCurrentProcess().TotalProcessorTime, DatabaseCpu());
            var clock = Stopwatch.StartNew();
            var report = await importer.ImportAsync([folder]);
            var rate = report.Files.Count / clock.Elapsed.TotalSeconds;
            appCpu = Process.GetCurrentProcess().TotalProcessorTime - appCpu;
            databaseCpu = DatabaseCpu() - databaseCpu;
            rates.Add(rate);
            await using var db = ArchiveDb.CreateContext(connection);
            Console.WriteLine($"run {run}: {rate:0} texts/s ({report.Count(ImportStatus.Imported)} imported, {report.Count(ImportStatus.Failed)} failed, " +
                $"{await db.Entities.CountAsync()} entities, {await db.Mentions.CountAsync()} mentions; " +
                $"CPU per text: importer {appCpu.TotalMilliseconds / report.Files.Count:0.00} ms, PostgreSQL {databaseCpu.TotalMilliseconds / report.Files.Count:0.00} ms)");
        }
        Console.WriteLine($"median: {ExtractionThroughput.Median(rates):0} texts/s end to end");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>CPU time used so far by all PostgreSQL processes on this machine (Linux /proc), to
    /// show where an import's time goes; zero where /proc is not there.</summary>
    private static TimeSpan DatabaseCpu()
    {
        var ticks = 0L;
        foreach (var dir in Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [])
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "comm")).StartsWith("postgres", StringComparison.Ordinal))
                    continue;
                // Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (the name, field 2, is in parentheses).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended meanwhile.
            }
        }
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(connectionString);
    }
}
