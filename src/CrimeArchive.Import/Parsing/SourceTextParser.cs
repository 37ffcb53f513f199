namespace CrimeArchive.Import.Parsing;

/// <summary>Turns a decoded source text into a <see cref="ParsedDocument"/>.</summary>
public static class SourceTextParser
{
    // Placeholder until the real parser lands: every non-empty line is a body paragraph.
    public static ParsedDocument Parse(string text)
    {
        var blocks = new List<TextBlock>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
                blocks.Add(new TextBlock(line.TrimEnd('\r'), offset));
            offset += line.Length + 1;
        }
        return new ParsedDocument { SourceText = text, Body = blocks, Kind = DocumentKind.Brief, Title = null, TitleDerived = true };
    }
}
