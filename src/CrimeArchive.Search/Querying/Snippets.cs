using CrimeArchive.Search.Analysis;
using CrimeArchive.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CrimeArchive.Search.Querying;

/// <summary>The passages of a text where the query's words stand, HTML-encoded with the words in
/// &lt;mark&gt;. Falls back on the lead when the text matched only through its entities or its title.</summary>
internal static class Snippets
{
    private const string Field = "hl";
    private const int FragmentSize = 180;

    /// <summary>The highlight query for each language, made once per search.</summary>
    public static Dictionary<string, Query> Queries(IReadOnlyList<ResolvedGroup> groups) => new()
    {
        ["en"] = LuceneQueries.Highlight(groups, ArchiveAnalyzers.English, Field),
        ["es"] = LuceneQueries.Highlight(groups, ArchiveAnalyzers.Spanish, Field),
    };

    public static string For(Dictionary<string, Query> queries, string language, string body, string lead)
    {
        var query = queries.GetValueOrDefault(language) ?? queries["en"];
        if (((BooleanQuery)query).Clauses.Count > 0)
        {
            var analyzer = ArchiveAnalyzers.ForLanguage(language);
            // Terms, not spans: a span scorer builds an in-memory index of every hit to place phrases,
            // nine tenths of a search's time; marking a phrase's words one by one costs nothing.
            var scorer = new QueryTermScorer(query, Field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlText.Instance, scorer)
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
                // Snippets come from the opening of a text, where reporting says what matters; reading
                // on to the end of every hit cost more than finding the hits.
                MaxDocCharsToAnalyze = SearchDocuments.SnippetSource,
            };
            try
            {
                using var stream = analyzer.GetTokenStream(Field, body);
                var fragments = highlighter.GetBestFragments(stream, body, 2, " … ");
                if (!string.IsNullOrWhiteSpace(fragments))
                    return fragments;
            }
            catch (InvalidTokenOffsetsException)
            {
                // A text the analyzer cannot map back to offsets gets the lead instead of marks.
            }
        }
        var text = lead.Length > 0 ? lead : body;
        return HtmlText.Instance.EncodeText(text.Length <= 2 * FragmentSize ? text : text[..(2 * FragmentSize)].TrimEnd() + " …");
    }

    /// <summary>HTML-encodes snippet text; unlike Lucene's encoder it keeps characters outside the
    /// basic plane (emoji) whole instead of encoding each half of the pair.</summary>
    private sealed class HtmlText : IEncoder
    {
        public static readonly HtmlText Instance = new();

        public string EncodeText(string originalText) => System.Net.WebUtility.HtmlEncode(originalText);
    }
}
