using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>One language's words in rank order, drawn with frequency ∝ 1/rank: a few hundred real
/// words at the head, then tens of thousands of invented ones, shorter ones more frequent (as in
/// real languages). Invented words are never real words of either language, places or everyday
/// English words, so the importer takes none of them for a name.</summary>
public sealed class SearchVocabulary
{
    private readonly ZipfSampler sampler;

    private SearchVocabulary(string language, List<string> words, int commonCount)
    {
        Language = language;
        Words = words;
        CommonCount = commonCount;
        sampler = new ZipfSampler(words.Count);
    }

    /// <summary>"en" or "es".</summary>
    public string Language { get; }

    /// <summary>All words, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How many of the first <see cref="Words"/> are real words; the rest are invented.</summary>
    public int CommonCount { get; }

    public string Sample(Random random) => Words[sampler.Sample(random)];

    /// <summary>The share of all words of a text that this rank takes, on average.</summary>
    public double Share(int rank) => sampler.Share(rank);

    /// <summary>Both vocabularies; <paramref name="taken"/> receives every normalized word, so that
    /// invented names can be kept apart from them.</summary>
    public static (SearchVocabulary English, SearchVocabulary Spanish) Create(Random random, int englishSize, int spanishSize, HashSet<string> taken)
    {
        foreach (var word in CommonWords.English.Concat(CommonWords.Spanish))
            taken.Add(NameNormalizer.Normalize(word));
        var english = Build("en", CommonWords.English, englishSize, () => PseudoWords.English(random), random, taken);
        var spanish = Build("es", CommonWords.Spanish, spanishSize, () => PseudoWords.Spanish(random), random, taken);
        return (english, spanish);
    }

    private static SearchVocabulary Build(string language, string[] common, int size, Func<string> invent, Random random, HashSet<string> taken)
    {
        var words = common.Distinct(StringComparer.Ordinal).ToList();
        var invented = new List<(string Word, double Order)>();
        while (words.Count + invented.Count < size)
        {
            var word = invent();
            if (word.Length >= 3 && TryClaim(word, taken))
                invented.Add((word, word.Length + random.NextDouble() * 4));
        }
        words.AddRange(invented.OrderBy(w => w.Order).Select(w => w.Word));
        return new SearchVocabulary(language, words, common.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Claims the word when no real word, place or earlier invented word has its normalized form.</summary>
    internal static bool TryClaim(string word, HashSet<string> taken)
    {
        var key = NameNormalizer.Normalize(word);
        if (taken.Contains(key) || Gazetteer.Default.IsEverydayWord(word) || Gazetteer.Default.Lookup(word).Count > 0)
            return false;
        taken.Add(key);
        return true;
    }
}
