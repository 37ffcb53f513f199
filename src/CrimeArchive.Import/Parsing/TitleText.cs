using System.Text;

namespace CrimeArchive.Import.Parsing;

/// <summary>Small text tests shared by the header and body readers.</summary>
public static class TitleText
{
    private static readonly HashSet<string> MinorWords =
    [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs",
        "de", "del", "la", "las", "el", "los", "y", "en", "con", "por", "para", "a", "al", "un", "una", "is", "are",
    ];

    /// <summary>Headline style: most words of four letters or more start with a capital
    /// (<c>Second Cachiros Leader Hands Himself to US Agents</c>), unlike a caption's sentence case.</summary>
    public static bool IsTitleCase(string line)
    {
        int words = 0, capitals = 0;
        foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('\'', '"', '‘', '’', '“', '”', '(', ')', ',', ':', ';', '?', '!', '.');
            if (word.Length == 0 || !char.IsLetter(word[0]) || MinorWords.Contains(word.ToLowerInvariant()))
                continue;
            words++;
            if (char.IsUpper(word[0]))
                capitals++;
        }
        return words > 0 && capitals * 5 >= words * 4;
    }

    private static readonly char[] ClosingMarks = ['"', '”', '’', '\'', ')', '»', ']'];

    /// <summary>Ends like a sentence: a full stop, '!' or '?' possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string line)
    {
        var end = line.TrimEnd(ClosingMarks);
        return end.Length > 0 && end[^1] is '.' or '!' or '?' && !end.EndsWith("...", StringComparison.Ordinal);
    }

    public static bool EndsWithEllipsis(string line) =>
        line.EndsWith('…') || line.EndsWith("...", StringComparison.Ordinal);

    /// <summary>Strips quotes that wrap the whole title (<c>‘X’</c>) but not quotes that open a quoted
    /// part of it (<c>'Boss Killed in Clash': Local Media</c>).</summary>
    public static string StripWrappingQuotes(string title)
    {
        if (title.Length < 3)
            return title;
        var (open, close) = (title[0], title[^1]);
        var pair = (open, close) is ('‘', '’') or ('\'', '\'') or ('"', '"') or ('“', '”') or ('«', '»') or ('\'', '’') or ('‘', '\'');
        if (!pair)
            return title;
        var inner = title[1..^1];
        // An opening quote inside (after a space) means the outer ones belong to two quoted parts.
        if (inner.Contains(" " + open, StringComparison.Ordinal) || inner.Contains(close + " ", StringComparison.Ordinal) && open is '"' or '“' or '«')
            return title;
        return inner.Trim();
    }
}
