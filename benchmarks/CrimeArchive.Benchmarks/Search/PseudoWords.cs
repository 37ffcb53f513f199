using System.Text;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>Pronounceable invented words, English-looking or Spanish-looking, built from syllables:
/// the long tail of the vocabularies and the stems of invented names. Spanish words may carry one
/// accent or an ñ, so that accent folding has something to fold.</summary>
internal static class PseudoWords
{
    private static readonly string[] EnglishOnsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "z", "sh", "th"];
    private static readonly string[] EnglishClusters = ["br", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sk", "sl", "sp", "st", "str", "tr", "wh"];
    private static readonly string[] EnglishVowels = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ea", "ee", "oo", "ai", "ou", "oa"];
    private static readonly string[] EnglishCodas = ["n", "r", "l", "t", "m", "s", "d", "k", "n", "r", "st", "nd", "ck", "sh", "ng", "rt", "ld", "mp"];
    private static readonly string[] EnglishSuffixes = ["ing", "ed", "er", "ly", "tion", "ment", "ness", "ous", "al", "ive", "ity", "ers", "s"];

    private static readonly string[] SpanishOnsets = ["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "ll", "ñ", "m", "t", "c", "r", "s"];
    private static readonly string[] SpanishClusters = ["br", "cr", "dr", "gr", "pr", "tr", "bl", "cl", "fl", "pl"];
    private static readonly string[] SpanishVowels = ["a", "e", "o", "i", "u", "a", "e", "o", "a", "e", "ia", "ie", "io", "ue", "ua"];
    private static readonly string[] SpanishCodas = ["n", "s", "r", "l"];
    private static readonly string[] SpanishSuffixes = ["ado", "ada", "ción", "mente", "idad", "ero", "era", "ista", "oso", "ante", "iento", "ía", "ales"];

    private static readonly Dictionary<char, char> Accented = new() { ['a'] = 'á', ['e'] = 'é', ['i'] = 'í', ['o'] = 'ó', ['u'] = 'ú' };

    public static string English(Random random)
    {
        while (true)
        {
            var builder = new StringBuilder();
            var syllables = random.NextDouble() switch { < 0.35 => 1, < 0.8 => 2, _ => 3 };
            for (var i = 0; i < syllables; i++)
            {
                builder.Append(random.NextDouble() < 0.2 ? Pick(random, EnglishClusters) : Pick(random, EnglishOnsets))
                    .Append(Pick(random, EnglishVowels));
                if (random.NextDouble() < 0.55)
                    builder.Append(Pick(random, EnglishCodas));
            }
            if (random.NextDouble() < 0.3)
                builder.Append(Pick(random, EnglishSuffixes));
            var word = builder.ToString();
            if (Pronounceable(word))
                return word;
        }
    }

    public static string Spanish(Random random, double accentChance = 0.25, bool name = false)
    {
        while (true)
        {
            var builder = new StringBuilder();
            var syllables = random.NextDouble() switch { < 0.5 => 2, < 0.9 => 3, _ => name ? 2 : 4 };
            var afterCoda = false;
            for (var i = 0; i < syllables; i++)
            {
                // No cluster after a closed syllable ("rbr"), and no word opens with ñ or ll.
                var onset = !afterCoda && random.NextDouble() < 0.15 ? Pick(random, SpanishClusters) : Pick(random, SpanishOnsets);
                if (i == 0 && onset is "ñ" or "ll")
                    onset = "m";
                builder.Append(onset).Append(Pick(random, SpanishVowels));
                afterCoda = random.NextDouble() < (i == syllables - 1 ? 0.3 : 0.2);
                if (afterCoda)
                    builder.Append(Pick(random, SpanishCodas));
            }
            var word = builder.ToString();
            var suffixed = !name && random.NextDouble() < 0.3;
            if (suffixed)
            {
                var suffix = Pick(random, SpanishSuffixes);
                word = (IsVowel(word[^1]) && IsVowel(suffix[0]) ? word[..^1] : word) + suffix;
            }
            if (!suffixed || !word.Any(c => "áéíóú".Contains(c)))
                word = Accent(word, random, accentChance);
            if (Pronounceable(word))
                return word;
        }
    }

    /// <summary>A capitalized Spanish-looking stem for a name, with an accent or ñ about half the time.</summary>
    public static string NameStem(Random random)
    {
        var word = Spanish(random, accentChance: 0.45, name: true);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    // One accent, on a vowel of the last two syllables as Spanish spelling puts it, never on the
    // silent u of "gue", "que".
    private static string Accent(string word, Random random, double chance)
    {
        if (word.Contains('ñ') || random.NextDouble() >= chance)
            return word;
        var vowels = Enumerable.Range(0, word.Length)
            .Where(i => Accented.ContainsKey(word[i]) && !(word[i] == 'u' && i > 0 && word[i - 1] is 'q' or 'g'))
            .ToList();
        if (vowels.Count == 0)
            return word;
        var at = vowels[Math.Max(0, vowels.Count - 1 - random.Next(2))];
        return string.Concat(word.AsSpan(0, at), Accented[word[at]].ToString(), word.AsSpan(at + 1));
    }

    // No letter three times in a row, at most three consonants or three vowels in a row.
    private static bool Pronounceable(string word)
    {
        int consonants = 0, vowels = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i >= 2 && word[i] == word[i - 1] && word[i] == word[i - 2])
                return false;
            (consonants, vowels) = IsVowel(word[i]) ? (0, vowels + 1) : (consonants + 1, 0);
            if (consonants > 3 || vowels > 3)
                return false;
        }
        return true;
    }

    private static bool IsVowel(char c) => "aeiouáéíóúy".Contains(c);

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
