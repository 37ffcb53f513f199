using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The <c>search-lucene</c> mode: the archive's own search over the same corpus and query mix
/// as the naive baseline — a full rebuild of the index (articles/s), then every query of the mix
/// through <see cref="ArchiveSearch"/> exactly as the results page calls it (ranking, the exact total,
/// facets, entity cards, spelling and highlighted snippets of the ten shown), and the process's memory.</summary>
public static class LuceneSearchBenchmark
{
    public static async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var corpus = await SearchCorpus.OpenAsync(count, cancellationToken);
        // The corpus may predate the search change log: its migration is applied here.
        await ArchiveDb.MigrateAsync(corpus.ConnectionString, cancellationToken);
        var folder = Path.Combine(SearchCorpus.RepositoryRoot(), "benchmarks", ".data", $"search-index-{count}");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = folder }), new CorpusContexts(corpus.ConnectionString),
            NullLogger<SearchIndex>.Instance);

        var builds = new List<RebuildReport>();
        for (var run = 1; run <= 3; run++)
        {
            var report = await index.RebuildAsync(cancellationToken);
            builds.Add(report);
            Console.WriteLine($"rebuild {run}: {report.Articles:N0} articles, {report.Entities:N0} entities in {report.Elapsed.TotalSeconds:N1} s = {report.ArticlesPerSecond:N0} articles/s");
        }
        var rates = builds.Select(b => b.ArticlesPerSecond).ToList();
        Console.WriteLine($"rebuild: median {ExtractionThroughput.Median(rates):N0} articles/s; index on disk {FolderSize(folder) / 1048576.0:N0} MB");

        var search = new ArchiveSearch(index);
        var mix = SearchQueryMix.Load();
        // The web process answers readers in a steady state: its JIT tiers settled (one pass of the mix
        // takes a third of a second, before tiered compilation has finished) and its caches warm.
        // Twenty passes each way also outlast a burst of load from the machine's other tenants.
        var timings = await SearchTiming.MeasureAsync($"Lucene.NET, {count:N0} texts", mix,
            (query, _) => Task.FromResult((long)search.Search(Request(query)).Total), passes: 20, warmUpPasses: 20, progress: Console.Out,
            cancellationToken: cancellationToken);
        timings.Print(Console.Out);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"process memory after the runs: RSS {self.WorkingSet64 / 1048576.0:N0} MB, peak {self.PeakWorkingSet64 / 1048576.0:N0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
    }

    /// <summary>A line of the mix as the results page would ask it (its filters as the page's parameters).</summary>
    public static SearchRequest Request(SearchQuery query) => new(query.Text)
    {
        Country = query.Filters.Country,
        Language = query.Filters.Language,
        Kind = query.Filters.Kind?.ToString(),
        From = query.Filters.From,
        To = query.Filters.Before?.AddDays(-1),
    };

    private static long FolderSize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
