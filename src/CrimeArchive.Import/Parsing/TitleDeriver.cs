using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Makes a title for a text that has none: a profile's subject when the lead opens with a
/// name (<c>X Y Z was…</c>, <c>X Y Z, alias…</c>), otherwise the first words of the lead.</summary>
public static partial class TitleDeriver
{
    private const int MaxHeadlineLength = 60;
    private const int MinHeadlineWords = 3;

    private static readonly HashSet<string> WeakEndings =
    [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "has", "have", "had", "be",
        "de", "del", "la", "las", "el", "los", "y", "en", "con", "por", "para", "al", "un", "una", "que", "su", "sus", "se",
    ];

    public static string? ProfileSubject(string lead)
    {
        var m = LeadingName().Match(lead);
        if (!m.Success)
            return null;
        // "El Comando Andino del Sur (CAS) es…": the group is the Comando Andino del Sur, as the entity is named.
        var name = m.Groups["name"].Value;
        return name.Split(' ') is [var article, var head, _, ..] && Extraction.Entities.NameWords.DropsArticle(article, head) ? name[(article.Length + 1)..] : name;
    }

    /// <summary>A profile's title line may carry the alias (<c>X Y, alias 'Z'</c>); the profile's
    /// title is the name.</summary>
    public static string ProfileName(string title)
    {
        var m = AliasSuffix().Match(title);
        return m.Success && m.Index > 0 ? title[..m.Index].Trim() : title;
    }

    /// <summary>Whether a profile's title carries an alias after the name (<c>X Y, alias 'Z'</c>).</summary>
    public static bool HasAlias(string title) => AliasSuffix().Match(title) is { Success: true, Index: > 0 };

    public static string Headline(string lead)
    {
        var sentenceEnd = lead.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (sentenceEnd > 0 ? lead[..sentenceEnd] : lead).TrimEnd('.');
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            if (taken.Count > 0 && length + 1 + word.Length > MaxHeadlineLength)
                break;
            taken.Add(word);
            length += (taken.Count > 1 ? 1 : 0) + word.Length;
        }
        // Never end inside a name: when the cut falls in a run of capitalised words, drop the run.
        if (taken.Count < words.Length && StartsName(words[taken.Count], words, taken.Count))
        {
            var keep = taken.Count;
            while (keep > 0 && (IsNameWord(taken[keep - 1]) || IsParticle(taken[keep - 1])))
                keep--;
            if (keep >= MinHeadlineWords)
                taken = taken.GetRange(0, keep);
        }
        // Cut at a clause boundary when one falls in the kept words, then drop weak last words.
        var comma = taken.FindIndex(1, w => w.EndsWith(','));
        if (taken.Count < words.Length && comma >= 3)
            taken = taken.GetRange(0, comma + 1);
        while (taken.Count > 1 && WeakEndings.Contains(taken[^1].TrimEnd(',', ';', ':').ToLowerInvariant()))
            taken.RemoveAt(taken.Count - 1);
        return string.Join(' ', taken).TrimEnd(',', ';', ':', '-', '—');
    }

    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsParticle(string word) => word is "de" or "del" or "la" or "las" or "los" or "y";

    private static bool StartsName(string word, string[] words, int index) =>
        IsNameWord(word) || (IsParticle(word) && index + 1 < words.Length && IsNameWord(words[index + 1]));

    // Two to seven capitalised words (particles allowed inside), then the verb, the alias or the naming
    // clause ("X, known on the docks as", "X, whom the police call") that shows the lead is about that name.
    [GeneratedRegex(@"^(?:The\s+)?(?<name>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|del|la|las|los|y|da|van)\s+)?\p{Lu}[\p{L}'’.\-]*){0,6})(?=\s+(?:was|is|are|were|has|had|fue|es|era|son|eran)\b|\s*,\s*(?:alias|also known|known|better known|nicknamed|a\.k\.a\.|whom|who|conocid[oa]s?|m[áa]s\s+conocid[oa]|llamad[oa]s?|apodad[oa]|a\s+quien|al\s+que|alias\s+el|one of|uno de|una de)\b|\s+\(|\s*,\s*(?:a|an|the|el|la|un|una)\s|\s*,\s*(?:o|or|also\s+called)\s+(?:(?:the|el|la|los|las)\s+)?\p{Lu})")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"\s*(?:,\s*|\s)(?:alias|a\.k\.a\.|aka|also known as|nicknamed|conocid[oa] como|apodad[oa])\b|\s+\((?:alias\s)?[""'‘“]", RegexOptions.IgnoreCase)]
    private static partial Regex AliasSuffix();
}
