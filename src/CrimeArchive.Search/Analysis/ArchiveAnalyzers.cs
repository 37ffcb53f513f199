using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CrimeArchive.Search.Analysis;

/// <summary>How text becomes terms. Every analyzer folds case and accents ("Urabeños" and
/// "URABENOS" are one term); prose is stemmed per language, names never are (a stemmer would
/// make "Rastrojos" and "Rastrojo" one name). Queries go through the same analyzers.</summary>
public static class ArchiveAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Names, aliases, spelling words: folded, not stemmed.</summary>
    public static Analyzer Names { get; } = Build(stream => stream);

    public static Analyzer English { get; } = Build(stream => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream)));

    public static Analyzer Spanish { get; } = Build(stream => new SpanishLightStemFilter(stream));

    /// <summary>The prose analyzer for an article's language; unknown languages are read as English.</summary>
    public static Analyzer ForLanguage(string language) => language == "es" ? Spanish : English;

    /// <summary>The document fields by analyzer: prose fields carry their language in their name.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Names, new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleEnglish] = English,
        [SearchFields.BodyEnglish] = English,
        [SearchFields.TitleSpanish] = Spanish,
        [SearchFields.BodySpanish] = Spanish,
        [SearchFields.Entity] = new WhitespaceAnalyzer(Version),
    });

    /// <summary>The terms an analyzer makes of a piece of text, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static Analyzer Build(Func<TokenStream, TokenStream> stem) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 60 };
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stem(stream));
        });
}
