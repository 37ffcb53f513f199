using System.Text;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Turns plain paragraphs into Markdown that renders as the same words: characters that
/// Markdown would read as markup are escaped.</summary>
public static partial class MarkdownText
{
    public static string Paragraphs(IEnumerable<TextBlock> blocks) =>
        string.Join("\n\n", blocks.Select(b => Escape(b.Text.Trim())));

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>')
                builder.Append('\\');
            builder.Append(c);
        }
        var escaped = builder.ToString();
        // A paragraph that starts like a heading, list item or numbered item must stay a paragraph.
        var numbered = NumberedItem().Match(escaped);
        if (numbered.Success)
            return escaped.Insert(numbered.Groups[1].Length, "\\");
        return BlockMarker().IsMatch(escaped) ? "\\" + escaped : escaped;
    }

    [GeneratedRegex(@"^(#|[-+]\s|=|~~~)")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"^(\d+)[.)]\s")]
    private static partial Regex NumberedItem();
}
