namespace CrimeArchive.Import.Parsing;

/// <summary>Tells Spanish from English by the share of each language's stop words.</summary>
public static class LanguageDetector
{
    // Words frequent in one language and rare in the other; 'de', 'la', 'en' are left out as they
    // fill English texts through Spanish names.
    private static readonly HashSet<string> Spanish = new(
        ["el", "los", "las", "del", "que", "por", "con", "para", "una", "se", "su", "sus", "fue", "es", "son", "como", "pero", "más", "este", "esta", "según", "ha", "han", "al", "lo"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> English = new(
        ["the", "of", "and", "to", "is", "that", "for", "with", "was", "were", "has", "have", "by", "from", "are", "which", "this", "his", "their", "its", "it"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishWords = Spanish.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SampleWords = 200;

    // Every stop word in either list is short: a longer word needs no lookup.
    private static readonly int LongestStopWord = Spanish.Concat(English).Max(w => w.Length);

    public static bool IsSpanish(IEnumerable<TextBlock> blocks)
    {
        int spanish = 0, english = 0, seen = 0;
        foreach (var block in blocks)
            Count(block.Text, ref spanish, ref english, ref seen);
        return spanish > english;
    }

    /// <summary>Spanish stop words minus English ones in a sentence: above zero it reads as Spanish.</summary>
    public static int SpanishLean(string sentence)
    {
        int spanish = 0, english = 0, seen = 0;
        Count(sentence, ref spanish, ref english, ref seen);
        return spanish - english;
    }

    private static void Count(ReadOnlySpan<char> text, ref int spanish, ref int english, ref int seen)
    {
        var i = 0;
        while (i < text.Length && seen < SampleWords)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
                i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (i == start)
                break;
            var word = text[start..i];
            seen++;
            if (word.Length > LongestStopWord)
                continue;
            if (SpanishWords.Contains(word))
                spanish++;
            else if (EnglishWords.Contains(word))
                english++;
        }
    }
}
