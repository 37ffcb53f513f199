using System.Diagnostics;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>One query's timing: the median of its timed runs, and how many articles it matched.</summary>
public sealed record QueryTiming(SearchQuery Query, double MedianMilliseconds, long Hits);

/// <summary>The timings of one engine over the query mix, with the percentiles the README reports.</summary>
public sealed record SearchTimings(string Engine, IReadOnlyList<QueryTiming> Queries)
{
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double Max => Queries.Max(q => q.MedianMilliseconds);

    // Nearest rank: the smallest median that at least this share of the queries do not exceed.
    private double Percentile(double share)
    {
        var sorted = Queries.Select(q => q.MedianMilliseconds).Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"{"#",3}  {"category",-24} {"query",-44} {"hits",8} {"ms",9}");
        foreach (var q in Queries)
        {
            var text = q.Query.Filters.IsEmpty ? q.Query.Text : $"{q.Query.Text} | {q.Query.Filters}";
            output.WriteLine($"{q.Query.Number,3}  {Cut(q.Query.Category, 24),-24} {Cut(text, 44),-44} {q.Hits,8:N0} {q.MedianMilliseconds,9:N1}");
        }
        output.WriteLine($"{Engine}: p50 {P50:N1} ms, p95 {P95:N1} ms, max {Max:N1} ms over {Queries.Count} queries (median of each query's timed runs)");
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}

/// <summary>Times a search engine over the query mix the same way for every engine: untimed passes to
/// warm caches (<c>warmUpPasses</c>), then <c>passes</c> passes over the whole mix, each query timed
/// end to end (what the page would wait for), and its median kept.</summary>
public static class SearchTiming
{
    /// <param name="search">Runs one query and returns how many articles match it in all.</param>
    public static async Task<SearchTimings> MeasureAsync(string engine, IReadOnlyList<SearchQuery> mix,
        Func<SearchQuery, CancellationToken, Task<long>> search, int passes = 3, int warmUpPasses = 1, TextWriter? progress = null,
        CancellationToken cancellationToken = default)
    {
        var hits = new long[mix.Count];
        for (var warmUp = 0; warmUp < warmUpPasses; warmUp++)
        {
            for (var i = 0; i < mix.Count; i++)
                hits[i] = await search(mix[i], cancellationToken);
        }
        progress?.WriteLine($"{engine}: {warmUpPasses} warm-up pass{(warmUpPasses == 1 ? "" : "es")} done");

        var times = mix.Select(_ => new List<double>()).ToArray();
        for (var pass = 1; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < mix.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await search(mix[i], cancellationToken);
                times[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            progress?.WriteLine($"{engine}: pass {pass} of {passes} took {clock.Elapsed.TotalSeconds:N1} s");
        }
        return new SearchTimings(engine, [.. mix.Select((q, i) => new QueryTiming(q, ExtractionThroughput.Median(times[i]), hits[i]))]);
    }
}
