using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>A query's matches, collected on every core: the index's segments are split into contiguous
/// runs of about equal size, and each run gets its own top-hits collector and facet counter on its own
/// thread; the runs' top hits and counts are merged afterwards. <see cref="IndexSearcher.Search(Query, Filter, ICollector)"/>
/// visits segments on one thread, and finding and counting the matches is most of a query's time.</summary>
internal sealed class CollectedMatches : IDisposable
{
    /// <summary>Below this many documents a thread hop costs more than the second core saves.</summary>
    public const int ParallelFrom = 20_000;

    private readonly Sort? sort;
    private readonly TopDocs[] runs;

    private CollectedMatches(Sort? sort, TopDocs[] runs, FacetCounter facets)
    {
        this.sort = sort;
        this.runs = runs;
        Facets = facets;
    }

    /// <summary>Every match counted, by facet value and in all.</summary>
    public FacetCounter Facets { get; }

    public int Total => Facets.Total;

    /// <summary>Collects the best <paramref name="keep"/> matches of <paramref name="match"/> within
    /// <paramref name="filter"/>, by relevance or by <paramref name="sort"/>, and counts them all, in
    /// up to <paramref name="maxRuns"/> runs (one per core unless told) when the index holds at least
    /// <paramref name="parallelFrom"/> documents.</summary>
    public static CollectedMatches Collect(IndexSearcher searcher, Query match, Filter filter, Sort? sort, int keep,
        int maxRuns = 0, int parallelFrom = ParallelFrom)
    {
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(match, filter));
        var reader = searcher.IndexReader;
        var runs = Runs(reader.Leaves, reader.MaxDoc < parallelFrom ? 1 : maxRuns > 0 ? maxRuns : Environment.ProcessorCount);
        var tops = new TopDocs[runs.Count];
        var counters = new FacetCounter[runs.Count];
        void CollectRun(int run)
        {
            var top = sort is null
                ? (ITopDocsCollector)TopScoreDocCollector.Create(keep, false)
                : TopFieldCollector.Create(sort, keep, true, false, false, false);
            counters[run] = new FacetCounter();
            var collector = MultiCollector.Wrap(top, counters[run]);
            foreach (var leaf in runs[run])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
            counters[run].Finish();
            tops[run] = top.GetTopDocs();
        }
        if (runs.Count == 1)
            CollectRun(0);
        else
            Parallel.For(0, runs.Count, CollectRun);

        var facets = counters[0];
        foreach (var other in counters.Skip(1))
        {
            facets.Add(other);
            other.Dispose();
        }
        return new CollectedMatches(sort, tops, facets);
    }

    /// <summary>The hits <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>
    /// of all runs, in order.</summary>
    public ScoreDoc[] Page(int start, int count) =>
        runs.Length == 1 ? [.. runs[0].ScoreDocs.Skip(start).Take(count)] : TopDocs.Merge(sort, start, count, runs).ScoreDocs;

    /// <summary>The segments in contiguous runs of about equal size (contiguous, so that ties keep the
    /// index's order).</summary>
    private static List<List<AtomicReaderContext>> Runs(IList<AtomicReaderContext> leaves, int wanted)
    {
        var count = Math.Max(1, Math.Min(wanted, leaves.Count));
        var runs = new List<List<AtomicReaderContext>> { new() };
        var share = (double)leaves.Sum(l => l.AtomicReader.MaxDoc) / count;
        var filled = 0;
        foreach (var leaf in leaves)
        {
            // A new run starts once the ones before it hold their share of the documents.
            if (runs.Count < count && runs[^1].Count > 0 && filled >= share * runs.Count)
                runs.Add([]);
            runs[^1].Add(leaf);
            filled += leaf.AtomicReader.MaxDoc;
        }
        return runs;
    }

    public void Dispose() => Facets.Dispose();
}
