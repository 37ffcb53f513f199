using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrimeArchive.Search.Querying;

/// <summary>Counts every match (the exact total) and, per facet field, how many matches hold each
/// value, from doc values: one pass over the matches beside the collector that keeps the top hits.
/// Counts per value are kept in pooled arrays: a segment's entity facets have as many values as
/// the archive has groups or people, and a fresh array per query and segment would be garbage.</summary>
internal sealed class FacetCounter : ICollector, IDisposable
{
    public static readonly string[] SingleValued = [SearchFields.Kind, SearchFields.Country, SearchFields.Year, SearchFields.Language];
    public static readonly string[] MultiValued = [SearchFields.Group, SearchFields.Person];

    private readonly Dictionary<string, Dictionary<string, int>> counts = [];
    private readonly int[][] singleCounts = new int[SingleValued.Length][];
    private readonly int[][] multiCounts = new int[MultiValued.Length][];
    private SegmentFacets? segment;

    public FacetCounter()
    {
        foreach (var field in SingleValued.Concat(MultiValued))
            counts[field] = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> CountsOf(string field) => counts[field];

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        segment = SegmentFacets.Of(context.AtomicReader);
        for (var i = 0; i < SingleValued.Length; i++)
            singleCounts[i] = Rent(segment.SingleValues[i]?.ValueCount ?? 0, singleCounts[i]);
        for (var i = 0; i < MultiValued.Length; i++)
            multiCounts[i] = Rent((int)(segment.MultiValues[i]?.ValueCount ?? 0), multiCounts[i]);
    }

    public void Collect(int doc)
    {
        Total++;
        var facets = segment!;
        for (var i = 0; i < singleCounts.Length; i++)
        {
            var ord = facets.Single[i][doc];
            if (ord >= 0)
                singleCounts[i][ord]++;
        }
        for (var i = 0; i < multiCounts.Length; i++)
        {
            var ords = facets.Ords[i];
            var counts = multiCounts[i];
            for (var at = facets.Starts[i][doc]; at < facets.Starts[i][doc + 1]; at++)
                counts[ords[at]]++;
        }
    }

    /// <summary>Call once the search is done: adds the last segment's counts.</summary>
    public void Finish() => Flush();

    /// <summary>Adds the counts of another counter's (finished) matches to these.</summary>
    public void Add(FacetCounter other)
    {
        Total += other.Total;
        foreach (var (field, values) in other.counts)
        {
            var mine = counts[field];
            foreach (var (value, count) in values)
                mine[value] = mine.GetValueOrDefault(value) + count;
        }
    }

    private void Flush()
    {
        if (segment is null)
            return;
        var term = new BytesRef();
        for (var i = 0; i < SingleValued.Length; i++)
        {
            if (segment.SingleValues[i] is { } values)
                AddCounts(SingleValued[i], singleCounts[i], values.ValueCount, ord => { values.LookupOrd(ord, term); return term.Utf8ToString(); });
        }
        for (var i = 0; i < MultiValued.Length; i++)
        {
            if (segment.MultiValues[i] is { } values)
                AddCounts(MultiValued[i], multiCounts[i], (int)values.ValueCount, ord => { values.LookupOrd(ord, term); return term.Utf8ToString(); });
        }
        segment = null;
    }

    /// <summary>A segment's counts by ordinal, added to the totals by value.</summary>
    private void AddCounts(string field, int[] byOrd, int valueCount, Func<int, string> valueOf)
    {
        for (var ord = 0; ord < valueCount; ord++)
        {
            if (byOrd[ord] == 0)
                continue;
            var value = valueOf(ord);
            counts[field][value] = counts[field].GetValueOrDefault(value) + byOrd[ord];
        }
    }

    /// <summary>A zeroed array of at least <paramref name="length"/> counts, in place of the last segment's.</summary>
    private static int[] Rent(int length, int[]? previous)
    {
        if (previous is not null && previous.Length >= length)
        {
            Array.Clear(previous, 0, length);
            return previous;
        }
        if (previous is not null)
            ArrayPool<int>.Shared.Return(previous);
        var array = ArrayPool<int>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(array, 0, length);
        return array;
    }

    public void Dispose()
    {
        foreach (var array in singleCounts.Concat(multiCounts).OfType<int[]>())
            ArrayPool<int>.Shared.Return(array);
    }
}
