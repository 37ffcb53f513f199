namespace CrimeArchive.Import.Parsing;

/// <summary>One non-blank line of a source text, trimmed; <see cref="Start"/> is the offset of
/// <see cref="Text"/> in the source, so that it can become a <see cref="TextBlock"/> as it is.
/// Its word count and what chrome it is are worked out once, when the line is read: the header,
/// the page-type test and the body reader each ask for every line.</summary>
public readonly record struct SourceLine(string Text, int Start, bool BlankBefore)
{
    public TextBlock ToBlock() => new(Text, Start);

    public int WordCount { get; } = LineReader.CountWords(Text);

    public ChromeKind Chrome { get; } = ChromeFilter.Classify(Text);
}

/// <summary>Splits a source text into trimmed non-blank lines that keep their offsets.</summary>
public static class LineReader
{
    public static List<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        var blank = true;
        var start = 0;
        while (start <= text.Length)
        {
            // '\r' alone ends a line too (old Mac captures); '\r\n' is trimmed with the line.
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : start + end;
            if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n')
                end++;
            var (from, to) = Trim(text, start, end);
            if (to > from)
            {
                lines.Add(new SourceLine(text[from..to], from, blank));
                blank = false;
            }
            else
            {
                blank = true;
            }
            start = end + 1;
        }
        return lines;
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }

    /// <summary>Whether the text holds a digit of any script (as <see cref="char.IsDigit(char)"/> tells).</summary>
    public static bool HoldsDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }

    // Copy-paste tools leave non-breaking spaces and \r at line ends; char.IsWhiteSpace covers both.
    private static (int From, int To) Trim(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(text[to - 1]))
            to--;
        return (from, to);
    }
}
