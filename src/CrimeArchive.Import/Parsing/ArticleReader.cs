namespace CrimeArchive.Import.Parsing;

/// <summary>A brief's or an analysis piece's text split at the 'InSight Crime Analysis' heading.</summary>
public sealed record ArticleContent(IReadOnlyList<TextBlock> Body, IReadOnlyList<TextBlock> Analysis);

public static class ArticleReader
{
    private const int MaxCaptionWords = 12;

    public static ArticleContent Read(IReadOnlyList<SourceLine> lines)
    {
        var body = new List<TextBlock>();
        var analysis = new List<TextBlock>();
        var target = body;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BodyReader.IsAnalysisHeading(line.Text))
            {
                target = analysis;
                continue;
            }
            // A short line that does not end like a sentence, inside the text, is a photo caption or a
            // stray subheading; the last line is kept, as a text cut short ends that way too.
            if (i < lines.Count - 1 && line.WordCount <= MaxCaptionWords && !TitleText.EndsSentence(line.Text)
                && !line.Text.EndsWith(':') && !line.Text.EndsWith(';') && !IsListItem(line.Text))
                continue;
            target.Add(line.ToBlock());
        }
        return new ArticleContent(body, analysis);
    }

    private static bool IsListItem(string text) =>
        text[0] is '-' or '•' or '*' or '–' || (char.IsDigit(text[0]) && text.Length > 2 && (text[1] is '.' or ')' || text[2] is '.' or ')'));
}
