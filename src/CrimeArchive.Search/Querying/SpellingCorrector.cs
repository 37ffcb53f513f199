using System.Text;
using CrimeArchive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>"Did you mean": a word of the query that no text, title or name contains is replaced by
/// the closest word of a title or name (fewest edits, then most documents).</summary>
internal static class SpellingCorrector
{
    private const int ShortestCorrected = 4;
    // A long query is not a misspelt name; its words are not each looked up in the dictionary.
    private const int MaxWords = 8;

    /// <summary>The query with its unknown words corrected, or null when every word is known or has no close match.</summary>
    public static string? Correct(IndexReader reader, ReadQuery query)
    {
        var words = query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
            return null;
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word is "OR" or "AND" or "NOT" || word.StartsWith('-'))
                continue;
            var core = word.Trim('"', '\'', '(', ')', ',', '.', ';', ':', '!', '?');
            var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Names, SearchFields.Words, core);
            if (terms.Count != 1 || terms[0].Length < ShortestCorrected || terms[0].Any(char.IsDigit))
                continue;
            var term = terms[0];
            if (IsKnown(reader, core))
                continue;
            var best = Closest(reader, term);
            if (best is null)
                continue;
            words[i] = word.Replace(core, Cased(best, core), StringComparison.Ordinal);
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>A word is known when a title or name holds it, or some text holds its stem in either language.</summary>
    private static bool IsKnown(IndexReader reader, string word) =>
        new[]
        {
            (SearchFields.Words, ArchiveAnalyzers.Names),
            (SearchFields.BodyEnglish, ArchiveAnalyzers.English),
            (SearchFields.BodySpanish, ArchiveAnalyzers.Spanish),
        }.Any(f => ArchiveAnalyzers.Terms(f.Item2, f.Item1, word) is [var term] && reader.DocFreq(new Term(f.Item1, term)) > 0);

    private static string? Closest(IndexReader reader, string term)
    {
        var fuzzy = new FuzzyQuery(new Term(SearchFields.Words, term), term.Length <= 5 ? 1 : 2, prefixLength: 0, maxExpansions: 50, transpositions: true);
        var candidates = new HashSet<Term>();
        fuzzy.Rewrite(reader).ExtractTerms(candidates);
        return candidates
            .Select(t => t.Text)
            .Where(t => t != term)
            .Select(t => (Text: t, Distance: Distance(term, t), Documents: reader.DocFreq(new Term(SearchFields.Words, t))))
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Documents).ThenBy(c => c.Text, StringComparer.Ordinal)
            .Select(c => c.Text)
            .FirstOrDefault();
    }

    /// <summary>The correction in the reader's casing: "Rastrojoss" → "Rastrojos".</summary>
    private static string Cased(string correction, string original)
    {
        if (original.Length > 0 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return correction.ToUpperInvariant();
        if (original.Length > 0 && char.IsUpper(original[0]))
            return new StringBuilder(correction) { [0] = char.ToUpperInvariant(correction[0]) }.ToString();
        return correction;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
