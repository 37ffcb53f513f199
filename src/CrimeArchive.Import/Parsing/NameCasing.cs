using System.Globalization;
using System.Text;

namespace CrimeArchive.Import.Parsing;

/// <summary>Gives names printed in capitals in a byline their real casing.</summary>
public static class NameCasing
{
    // Particles written in lower case inside a name (Juan de la Cruz), never as its first word.
    private static readonly HashSet<string> Particles = ["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "der", "di"];

    // Spanish articles and prepositions that stay capitalised words in a tag (EL CHAPO → El Chapo)
    // rather than being read as acronyms.
    private static readonly HashSet<string> ShortWords = ["EL", "LA", "LOS", "LAS", "DE", "DEL", "Y", "THE", "OF", "AND", "SAN", "NEW", "GULF", "WAR", "DRUG", "GANG", "ARMS"];

    /// <summary><c>JANE O'NEILL MCCARTHY</c> → <c>Jane O'Neill McCarthy</c>; <c>INSIGHT CRIME STAFF</c>
    /// → <c>InSight Crime Staff</c>. Names already in mixed case are kept as written.</summary>
    public static string Author(string name)
    {
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Any(char.IsLower))
            return name;
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            words[i] = i > 0 && i < words.Length - 1 && Particles.Contains(lower) ? lower : Word(lower);
        }
        return string.Join(' ', words);
    }

    /// <summary>A byline tag: words of four letters or fewer with no vowel, or with a digit, stay
    /// acronyms (CJNG, MS13); other words get a capital initial (EXTRADITION → Extradition).</summary>
    public static string Tag(string tag)
    {
        if (tag.Any(char.IsLower))
            return tag;
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var acronym = !ShortWords.Contains(w) && (w.Any(char.IsDigit) || w.Length <= 3 || !w.Any(IsVowel));
            words[i] = acronym ? w : Word(w.ToLowerInvariant());
        }
        return string.Join(' ', words);
    }

    private static bool IsVowel(char c) => "AEIOUÁÉÍÓÚ".Contains(c, StringComparison.Ordinal);

    // One lower-cased word: capitals after hyphens and apostrophes (Smith-Jones, O'Neill), Mc/Mac
    // prefixes (McCarthy, MacDonald), and the site's own name.
    private static string Word(string lower)
    {
        if (lower == "insight")
            return "InSight";
        var builder = new StringBuilder(lower.Length);
        var capitalNext = true;
        foreach (var c in lower)
        {
            builder.Append(capitalNext ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            capitalNext = c is '-' or '\'' or '’';
        }
        var word = builder.ToString();
        if (word.Length > 3 && word.StartsWith("Mc", StringComparison.Ordinal))
            return "Mc" + char.ToUpperInvariant(word[2]) + word[3..];
        // Mac + D/G/L/N/P/Q reads as a prefix (MacDonald, MacGregor); Macias, Machado, Mackey do not.
        if (word.Length > 5 && word.StartsWith("Mac", StringComparison.Ordinal) && "dglnpq".Contains(word[3], StringComparison.Ordinal))
            return "Mac" + char.ToUpperInvariant(word[3]) + word[4..];
        return word;
    }
}
