namespace CrimeArchive.Import.Parsing;

/// <summary>Tells Spanish from English by the share of each language's stop words.</summary>
public static class LanguageDetector
{
    // Words frequent in one language and rare in the other; 'de', 'la', 'en' are left out as they
    // fill English texts through Spanish names.
    private static readonly HashSet<string> Spanish = ["el", "los", "las", "del", "que", "por", "con", "para", "una", "se", "su", "sus", "fue", "es", "son", "como", "pero", "más", "este", "esta", "según", "ha", "han", "al", "lo"];

    private static readonly HashSet<string> English = ["the", "of", "and", "to", "is", "that", "for", "with", "was", "were", "has", "have", "by", "from", "are", "which", "this", "his", "their", "its", "it"];

    private const int SampleWords = 400;

    public static bool IsSpanish(IEnumerable<TextBlock> blocks)
    {
        int spanish = 0, english = 0, seen = 0;
        foreach (var block in blocks)
        {
            foreach (var raw in block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim(',', '.', ';', ':', '"', '“', '”', '(', ')', '¿', '?', '¡', '!').ToLowerInvariant();
                if (Spanish.Contains(word))
                    spanish++;
                else if (English.Contains(word))
                    english++;
                if (++seen >= SampleWords)
                    return spanish > english;
            }
        }
        return spanish > english;
    }
}
