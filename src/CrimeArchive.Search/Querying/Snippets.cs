using CrimeArchive.Search.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CrimeArchive.Search.Querying;

/// <summary>The passages of a text where the query's words stand, HTML-encoded with the words in
/// &lt;mark&gt;. Falls back on the lead when the text matched only through its entities or its title.</summary>
internal static class Snippets
{
    private const string Field = "hl";
    private const int FragmentSize = 180;

    public static string For(IReadOnlyList<ResolvedGroup> groups, string language, string body, string lead)
    {
        var analyzer = ArchiveAnalyzers.ForLanguage(language);
        var query = LuceneQueries.Highlight(groups, analyzer, Field);
        if (((BooleanQuery)query).Clauses.Count > 0)
        {
            var scorer = new QueryScorer(query, Field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
                MaxDocCharsToAnalyze = 30_000,
            };
            using var stream = analyzer.GetTokenStream(Field, body);
            var fragments = highlighter.GetBestFragments(stream, body, 2, " … ");
            if (!string.IsNullOrWhiteSpace(fragments))
                return fragments;
        }
        var text = lead.Length > 0 ? lead : body;
        return SimpleHTMLEncoder.HtmlEncode(text.Length <= 2 * FragmentSize ? text : text[..(2 * FragmentSize)].TrimEnd() + " …");
    }
}
