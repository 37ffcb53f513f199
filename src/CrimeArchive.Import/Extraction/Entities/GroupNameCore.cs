namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>What is left of a group's name (as normalized key words) without the words that say what
/// kind of outfit it is, for telling that two names, or a name and its short form, name one group:
/// "Iron Saints Motorcycle Club", "Iron Saints MC" and "the Iron Saints"; "Clan Maldonado" and "the
/// Maldonado clan".</summary>
public static class GroupNameCore
{
    // Declared before the designators, which hold them: static fields are set in the order they are written.
    private static readonly HashSet<string> BikersWords = new(StringComparer.Ordinal) { "motorcycle", "riding", "biker", "bikers" };

    // Designators the text may drop or swap without naming another group. "Cartel" and "Clan" are not
    // interchangeable: the Gulf Cartel and the Gulf Clan are two groups.
    private static readonly HashSet<string> Designators = ["clan", "family", "familia", "crew", "gang", "posse", "club", "mc", .. BikersWords];

    /// <summary>"clan", "family", "familia": the nouns that make a surname a family's outfit.</summary>
    public static bool IsFamilyNoun(string key) => key is "clan" or "familia" or "family";

    /// <summary>"motorcycle" in "Motorcycle Club": the word that makes a club a bikers' one.</summary>
    public static bool IsBikersWord(string key) => BikersWords.Contains(key);

    /// <summary>The name less the designators after it ("young lions crew" → "young lions", "red wolves mc" →
    /// "red wolves"); the name itself when nothing else would be left.</summary>
    public static string[] WithoutKindWords(string[] words)
    {
        var end = words.Length;
        while (end > 1 && Designators.Contains(words[end - 1]))
            end--;
        return words[..end];
    }

    /// <summary>The name less its article, a family noun before a surname and the designators after it
    /// ("clan maldonado" and "maldonado clan" → "maldonado"); null when nothing but such words is left
    /// or nothing was taken away.</summary>
    public static string? Core(string[] words)
    {
        var start = 0;
        while (start < words.Length && words[start] is "the" or "los" or "las" or "la" or "el")
            start++;
        // "clan Maldonado", not "Clan del Golfo": the noun goes only before a surname.
        if (start + 1 < words.Length && IsFamilyNoun(words[start]) && !NameCandidateFinder.IsParticle(words[start + 1]))
            start++;
        var end = words.Length;
        while (end > start + 1 && Designators.Contains(words[end - 1]))
            end--;
        if (end <= start || (start == 0 && end == words.Length) || Designators.Contains(words[start]))
            return null;
        return string.Join(' ', words[start..end]);
    }
}
