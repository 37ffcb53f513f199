using CrimeArchive.Data;
using CrimeArchive.Search.Analysis;
using CrimeArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>Autocomplete: entities one of whose names holds every typed word, the last one as a
/// prefix ("urab" → Urabeños), the most written-about first.</summary>
internal static class EntitySuggestions
{
    public static List<EntitySuggestion> For(IndexSearcher searcher, string? typed, int max)
    {
        var text = QueryReader.Clean(typed);
        var words = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Names, SearchFields.Names, text);
        if (words.Count == 0)
            return [];
        var query = new BooleanQuery { { new TermQuery(new Term(SearchFields.Type, SearchFields.EntityType)), Occur.MUST } };
        foreach (var word in words[..^1])
            query.Add(new TermQuery(new Term(SearchFields.Names, word)), Occur.MUST);
        query.Add(new PrefixQuery(new Term(SearchFields.Names, words[^1])), Occur.MUST);
        var sort = new Sort(new SortField(SearchFields.Mentions, SortFieldType.INT64, true), SortField.FIELD_SCORE);
        var typedKey = SearchDocuments.AliasKey(text);
        return [.. searcher.Search(query, null, max, sort).ScoreDocs.Select(hit =>
        {
            var doc = searcher.Doc(hit.Doc);
            var name = doc.Get(SearchFields.Title);
            var alias = MatchesTyped(name, typedKey) ? null
                : EntityMatcher.AliasesOf(doc.Get(SearchFields.AliasList)).FirstOrDefault(a => MatchesTyped(a, typedKey));
            return new EntitySuggestion(name, Enum.Parse<EntityKind>(doc.Get(SearchFields.EntityKind)), doc.Get(SearchFields.Slug), alias);
        })];
    }

    /// <summary>Whether a name reads as what was typed: its words start with the typed words.</summary>
    private static bool MatchesTyped(string name, string typedKey)
    {
        var key = SearchDocuments.AliasKey(name);
        return key.StartsWith(typedKey, StringComparison.Ordinal) || key.Contains(" " + typedKey, StringComparison.Ordinal);
    }
}
