using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Recognises the lines of a factbox: its heading (<c>Name Factbox</c>, <c>Datos Name</c>),
/// <c>Label: value</c> lines and labels standing alone on a line.</summary>
public static partial class FactboxLine
{
    private const int MaxLabelWords = 5;
    private const int MaxHeadingLength = 100;
    private const int MaxLabelLength = 45;

    /// <summary>The subject named by a factbox heading (may be empty), or null when the line is none.</summary>
    public static string? Heading(string line)
    {
        if (line.Length > MaxHeadingLength || LineReader.CountWords(line) > 10)
            return null;
        var m = HeadingPattern().Match(line);
        if (!m.Success)
            return null;
        return (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim();
    }

    public static (string Label, string Value)? LabelAndValue(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon > MaxLabelLength)
            return null;
        var m = LabelValue().Match(line);
        if (!m.Success || LineReader.CountWords(m.Groups["label"].Value) > MaxLabelWords)
            return null;
        return (m.Groups["label"].Value.Trim(), m.Groups["value"].Value.Trim());
    }

    /// <summary>A label alone: <c>Leader:</c>, or a known label word such as <c>Founded</c>.</summary>
    public static string? LoneLabel(string line)
    {
        var words = LineReader.CountWords(line);
        if (words > MaxLabelWords)
            return null;
        if (line.EndsWith(':'))
            return line.TrimEnd(':').Trim();
        return ProfileVocabulary.IsLabel(line) ? line : null;
    }

    [GeneratedRegex(@"^(?:(?<a>.*?)\s*Fact\s?box|Fact\s?box(?:\s*:)?\s*(?<b>.*)|Datos(?:\s+(?:de|del|sobre))?\s+(?<a>.+)|Ficha(?:\s+(?:de|del))?\s+(?<a>.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\p{N}\s.,'’/()\-]{0,40}?)\s*:\s*(?<value>\S.*)$")]
    private static partial Regex LabelValue();
}
