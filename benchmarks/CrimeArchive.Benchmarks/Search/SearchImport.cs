using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>Generated texts written as files and imported by the real <see cref="ArchiveImporter"/>,
/// as the CLI's import does, into a migrated database.</summary>
internal static class SearchImport
{
    public sealed record Result(ImportReport Report, TimeSpan Elapsed, string Summary);

    public static async Task<Result> RunAsync(string connectionString, IEnumerable<SearchText> texts, TextWriter log, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-search-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var written = 0;
            foreach (var text in texts)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, text.FileName), text.Text, cancellationToken);
                written++;
            }
            log.WriteLine($"importing {written:N0} texts");
            var importer = new ArchiveImporter(new Contexts(connectionString), TimeProvider.System, NullLogger<ArchiveImporter>.Instance);
            var clock = Stopwatch.StartNew();
            var report = await importer.ImportAsync([folder], new ProgressLog(log, written, clock), cancellationToken);
            var elapsed = clock.Elapsed;
            return new Result(report, elapsed, await SummaryAsync(connectionString, report, cancellationToken));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    /// <summary>Outcomes of the import and what the database holds after it.</summary>
    public static async Task<string> SummaryAsync(string connectionString, ImportReport? report, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities WHERE kind = 'Group'),
                   (SELECT count(*) FROM entities WHERE kind = 'Person'), (SELECT count(*) FROM entities WHERE kind = 'Place'),
                   (SELECT count(*) FROM aliases), (SELECT count(*) FROM mentions)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var outcomes = report is null ? "" : string.Join(", ", Enum.GetValues<ImportStatus>()
            .Where(s => report.Count(s) > 0).Select(s => $"{report.Count(s):N0} {s.ToString().ToLowerInvariant()}")) + "; ";
        return $"{outcomes}{reader.GetInt64(0):N0} articles, {reader.GetInt64(1):N0} groups, {reader.GetInt64(2):N0} people, " +
            $"{reader.GetInt64(3):N0} places, {reader.GetInt64(4):N0} aliases, {reader.GetInt64(5):N0} mentions";
    }

    // Reported on the importer's thread, in order: Progress<T> would post to the thread pool.
    private sealed class ProgressLog(TextWriter log, int total, Stopwatch clock) : IProgress<FileOutcome>
    {
        private int done;

        public void Report(FileOutcome value)
        {
            done++;
            if (done % 5_000 == 0 || done == total)
                log.WriteLine($"  {done:N0}/{total:N0} files, {done / clock.Elapsed.TotalSeconds:0} texts/s");
        }
    }

    private sealed class Contexts(string connectionString) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(connectionString);
    }
}
