using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CrimeArchive.Search.Querying;

/// <summary>A segment's facet values as plain arrays of ordinals, read from its doc values once and
/// kept while the segment lives: counting a search's matches is then array arithmetic instead of a
/// doc-values call per match and field, which cost as much as finding the matches.</summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> BySegment = [];

    /// <summary>Per single-valued field: each document's ordinal (-1 when it has none).</summary>
    public int[][] Single { get; }
    public SortedDocValues?[] SingleValues { get; }
    /// <summary>Per multi-valued field: document d's ordinals are Ords[Starts[d]..Starts[d + 1]].</summary>
    public int[][] Starts { get; }
    public int[][] Ords { get; }
    public SortedSetDocValues?[] MultiValues { get; }

    private SegmentFacets(AtomicReader reader)
    {
        var documents = reader.MaxDoc;
        SingleValues = [.. FacetCounter.SingleValued.Select(reader.GetSortedDocValues)];
        Single = [.. SingleValues.Select(values =>
        {
            var ords = new int[documents];
            for (var doc = 0; doc < documents; doc++)
                ords[doc] = values?.GetOrd(doc) ?? -1;
            return ords;
        })];
        MultiValues = [.. FacetCounter.MultiValued.Select(reader.GetSortedSetDocValues)];
        Starts = new int[MultiValues.Length][];
        Ords = new int[MultiValues.Length][];
        for (var i = 0; i < MultiValues.Length; i++)
        {
            var starts = new int[documents + 1];
            var ords = new List<int>();
            for (var doc = 0; doc < documents; doc++)
            {
                starts[doc] = ords.Count;
                if (MultiValues[i] is not { } values)
                    continue;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    ords.Add((int)ord);
            }
            starts[documents] = ords.Count;
            Starts[i] = starts;
            Ords[i] = [.. ords];
        }
    }

    public static SegmentFacets Of(AtomicReader reader) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}
