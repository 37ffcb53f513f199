using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using CrimeArchive.Data;
using CrimeArchive.Search.Analysis;
using CrimeArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>An entity a stretch of the query names, with all its names (to highlight them).</summary>
internal sealed record MatchedEntity(long Id, IReadOnlyList<string> Names);

/// <summary>A word or phrase to find, and the entities it names: articles that mention one of those
/// entities match whatever name they use for it.</summary>
internal sealed record Clause(string Text, bool Phrase, IReadOnlyList<MatchedEntity> Entities);

internal sealed record ResolvedGroup(IReadOnlyList<Clause> Alternatives, bool Negated);

/// <summary>Finds the entities a query names by any of their names, and the cards shown above results.</summary>
internal static class EntityMatcher
{
    private const int LongestName = 6;

    /// <summary>Joins the longest runs of plain words that are an entity's name or alias into one
    /// clause ("cartel del golfo extradition": an entity and a word); quoted phrases and OR
    /// alternatives are looked up whole.</summary>
    public static List<ResolvedGroup> Resolve(IndexSearcher searcher, ReadQuery query)
    {
        var groups = query.Groups;
        var resolved = new List<ResolvedGroup>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (IsPlainWord(groups[i]))
            {
                var joined = LongestNameAt(searcher, groups, i);
                if (joined is not null)
                {
                    resolved.Add(new ResolvedGroup([joined.Value.Clause], Negated: false));
                    i += joined.Value.Length - 1;
                    continue;
                }
            }
            resolved.Add(new ResolvedGroup(
                [.. groups[i].Alternatives.Select(p => new Clause(p.Text, p.Phrase, Named(searcher, p.Text)))], groups[i].Negated));
        }
        return resolved;
    }

    /// <summary>Entities named by a stretch of the query, then those whose names hold every word of it.</summary>
    public static List<EntityCard> Cards(IndexSearcher searcher, IReadOnlyList<ResolvedGroup> groups, int max)
    {
        var ids = groups.Where(g => !g.Negated).SelectMany(g => g.Alternatives).SelectMany(c => c.Entities).Select(e => e.Id).Distinct().ToList();
        var words = groups.Where(g => !g.Negated).SelectMany(g => g.Alternatives)
            .SelectMany(c => ArchiveAnalyzers.Terms(ArchiveAnalyzers.Names, SearchFields.Names, c.Text)).Distinct().ToList();
        if (words.Count is > 0 and <= LongestName)
        {
            var all = new BooleanQuery { { new TermQuery(new Term(SearchFields.Type, SearchFields.EntityType)), Occur.MUST } };
            foreach (var word in words)
                all.Add(new TermQuery(new Term(SearchFields.Names, word)), Occur.MUST);
            var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Mentions, SortFieldType.INT64, true));
            foreach (var hit in searcher.Search(all, null, max, sort).ScoreDocs)
                ids.Add(long.Parse(searcher.Doc(hit.Doc).Get(SearchFields.DatabaseId), CultureInfo.InvariantCulture));
        }
        return [.. ids.Distinct().Take(max).Select(id => Card(searcher, id)).OfType<EntityCard>()];
    }

    // Cards per reader: facet labels and cards ask for the same popular entities on every search,
    // and a reader never changes (a refresh brings a new one, and with it an empty cache).
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<long, EntityCard?>> CardsByReader = [];

    public static EntityCard? Card(IndexSearcher searcher, long id) =>
        CardsByReader.GetOrCreateValue(searcher.IndexReader).GetOrAdd(id, static (key, s) => ReadCard(s, key), searcher);

    private static EntityCard? ReadCard(IndexSearcher searcher, long id)
    {
        var top = searcher.Search(new TermQuery(SearchDocuments.EntityKey(id)), 1);
        if (top.TotalHits == 0)
            return null;
        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        return new EntityCard(id, Enum.Parse<EntityKind>(doc.Get(SearchFields.EntityKind)), doc.Get(SearchFields.Title), doc.Get(SearchFields.Slug),
            AliasesOf(doc.Get(SearchFields.AliasList)), doc.GetField(SearchFields.Mentions).GetInt32Value() ?? 0);
    }

    public static IReadOnlyList<string> AliasesOf(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n');

    private static bool IsPlainWord(QueryGroup group) =>
        !group.Negated && group.Alternatives.Count == 1 && !group.Alternatives[0].Phrase;

    private static (Clause Clause, int Length)? LongestNameAt(IndexSearcher searcher, IReadOnlyList<QueryGroup> groups, int start)
    {
        var run = 1;
        while (run < LongestName && start + run < groups.Count && IsPlainWord(groups[start + run]))
            run++;
        for (var length = run; length >= 1; length--)
        {
            var text = string.Join(' ', groups.Skip(start).Take(length).Select(g => g.Alternatives[0].Text));
            var named = Named(searcher, text);
            if (named.Count > 0)
                return (new Clause(text, Phrase: length > 1, named), length);
        }
        return null;
    }

    private static List<MatchedEntity> Named(IndexSearcher searcher, string text)
    {
        var key = SearchDocuments.AliasKey(text);
        if (key.Length == 0)
            return [];
        var hits = searcher.Search(new TermQuery(new Term(SearchFields.Alias, key)), 20).ScoreDocs;
        return [.. hits.Select(h => searcher.Doc(h.Doc)).Select(doc => new MatchedEntity(
            long.Parse(doc.Get(SearchFields.DatabaseId), CultureInfo.InvariantCulture),
            [doc.Get(SearchFields.Title), .. AliasesOf(doc.Get(SearchFields.AliasList))]))];
    }
}
