using System.Buffers;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>The lines from the lead to the end of the article with the chrome taken out: chrome lines
/// are dropped, 'Related Content' and the like end the article, a footer piece starts the footer
/// (where only lines that read like real paragraphs are kept), and glued alt text is cut.</summary>
public static partial class BodyReader
{
    // A footer block's own short lines (headings, buttons, item titles) are chrome; a real paragraph
    // is longer than this.
    private const int FooterParagraphWords = 15;

    public static List<SourceLine> Read(IReadOnlyList<SourceLine> lines, int lead, IReadOnlyList<string> authors)
    {
        // Each line's verdict first (null: dropped), then the rules that ask about a line's neighbours.
        var kept = new SourceLine?[lines.Count];
        var end = lines.Count;
        var footer = false;
        for (var i = lead; i < lines.Count; i++)
        {
            var line = lines[i];
            var chrome = line.Chrome;
            if (chrome == ChromeKind.End || (i > lead && ChromeFilter.IsTagHeading(line.Text) && HasOnlyLabelsAfter(lines, i)))
            {
                end = i;
                break;
            }
            if (chrome == ChromeKind.Footer)
            {
                footer = true;
                continue;
            }
            // "Tags: Arms, Rivera" closes the text when no paragraph follows: what follows is the footer.
            if (chrome == ChromeKind.Line)
            {
                footer |= i > lead && ChromeFilter.IsTagLine(line.Text) && !HasParagraphAfter(lines, i);
                continue;
            }
            if ((footer && IsFooterLine(lines, i)) || IsSignUpHeading(lines, i) || IsNewsletterBox(lines, i)
                || IsDonationPitch(lines, i) || IsCaptionAboveCredit(lines, i) || (i > lead && IsNextToTeaserDateline(lines, i))
                || IsAuthorBio(lines, i, kept, authors) || (i > lead && IsDateOnly(line) && !IsFactboxValue(lines, i)))
                continue;
            if (TitleText.EndsWithEllipsis(line.Text) && IsTeaserRun(lines, i))
                continue;
            var glued = GluedFooter.Start(line.Text);
            if (glued > 0)
            {
                // "Our journalism is free for every reader.Apóyenos con una donación.DONAR": the whole line is the appeal.
                if (!IsReaderAppeal(line.Text[..glued]))
                    kept[i] = line with { Text = line.Text[..glued].TrimEnd() };
                var tail = ChromeFilter.Classify(line.Text[glued..]);
                if (tail == ChromeKind.End)
                {
                    end = i + 1;
                    break;
                }
                // "…the hearing.Advertisement": a label glued in mid-article does not open the footer.
                footer |= !ChromeFilter.IsAdLabel(line.Text[glued..]);
                continue;
            }
            var length = GluedAltText.KeptLength(line.Text);
            kept[i] = length == line.Text.Length ? line : line with { Text = line.Text[..length].TrimEnd() };
        }
        DropLinksUnderLabel(lines, kept, lead, end);
        DropLinesAmidChrome(lines, kept, lead, end);
        DropRunsAmidChrome(lines, kept, lead, end);
        DropNotesInTail(lines, kept, lead, end);
        var content = new List<SourceLine>();
        for (var i = lead; i < end; i++)
        {
            if (kept[i] is { } line)
                content.Add(line);
        }
        return WithoutPullQuotes(content);
    }

    private const int ParagraphWords = 25;

    // "Tags" over "Paraguay", "Smuggling", "Prisons": the story's labels, one to a line, to the end of the text;
    // the last one, left alone, would read as a paragraph cut short.
    private static bool HasOnlyLabelsAfter(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Chrome == ChromeKind.None && (lines[j].WordCount > MaxLabelWords || TitleText.EndsSentence(lines[j].Text)))
                return false;
        }
        return index + 1 < lines.Count;
    }

    private const int MaxLabelWords = 4;

    private static bool HasParagraphAfter(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Chrome is ChromeKind.End)
                return false;
            if (lines[j].WordCount >= ParagraphWords && lines[j].Chrome == ChromeKind.None && TitleText.EndsSentence(lines[j].Text))
                return true;
        }
        return false;
    }

    // In the footer, short lines are its headings and buttons, and a teaser of another article ends
    // in '…' or follows its 'COUNTRY / D MON YYYY' line.
    // "Stay informed" over "Sign up for our weekly newsletter": a newsletter box's heading.
    // "Don't fall behind: get our Tuesday digest in your inbox." over "Email address": a newsletter's pitch.
    private static bool IsSignUpHeading(IReadOnlyList<SourceLine> lines, int index) =>
        index + 1 < lines.Count && (lines[index].WordCount <= 4 && !TitleText.EndsSentence(lines[index].Text)
            || lines[index].WordCount <= 25 && NewsletterWords().IsMatch(lines[index].Text))
        && (ChromeFilter.IsSignUp(lines[index + 1].Text) || lines[index + 1].WordCount <= 3 && lines[index + 1].Chrome == ChromeKind.Line);

    [GeneratedRegex(@"\b(?:newsletter|digest|bulletin|inbox|bolet[íi]n|correo\s+electr[óo]nico|bandeja\s+de\s+entrada)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterWords();

    // "Reporting on crime costs money. Support our work today." over a DONATE button: the button's pitch.
    private static bool IsDonationPitch(IReadOnlyList<SourceLine> lines, int index) =>
        index + 1 < lines.Count && lines[index].WordCount <= MaxPitchWords && DonateButton().IsMatch(lines[index + 1].Text)
        && (SupportWords().IsMatch(lines[index].Text) || IsReaderAppeal(lines[index].Text));

    private const int MaxPitchWords = 45;

    [GeneratedRegex(@"^(?:DONATE|DONAR|DONA|DONE|SUPPORT US|SUPPORT|APÓYANOS|APOYE|GIVE|CONTRIBUTE|CONTRIBUIR|APORTAR|(?:HAZ TU |HAGA SU )?APORTE|CHIP IN|SUBSCRIBE|SUSCRÍBETE)(?:\s+(?:NOW|AHORA|HOY|TODAY|YA|AQU[ÍI]|HERE|NUESTRO TRABAJO|OUR WORK))?\s*[!→›»]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DonateButton();

    [GeneratedRegex(@"\b(?:support|help|donat|fund|contribut|sustain|free|apoy|ayud|don[ae]|contribu|sosten|financ|gratuit|libre|aporte|paywall|muros?\s+de\s+pago|sin\s+fines\s+de\s+lucro|nonprofit|non-profit)", RegexOptions.IgnoreCase)]
    private static partial Regex SupportWords();

    // "NEWSLETTER" over "The week's investigations in your inbox every Friday.": the box's heading and its pitch.
    private static bool IsNewsletterBox(IReadOnlyList<SourceLine> lines, int index) =>
        lines[index].WordCount <= 2 && NewsletterHeading().IsMatch(lines[index].Text)
        || index > 0 && lines[index].WordCount <= 40 && lines[index - 1].WordCount <= 2 && NewsletterHeading().IsMatch(lines[index - 1].Text);

    /// <summary>The text without the links, buttons and labels left after its last paragraph ("Back to
    /// Uruguay profiles", "Topics: Arms, Rivera", "Save this report (PDF)"): short lines that finish no
    /// sentence, after a paragraph that does. A text that stops mid-sentence keeps its last line.</summary>
    public static List<SourceLine> WithoutTrailingFurniture(List<SourceLine> content)
    {
        var end = content.Count;
        while (end > 1 && content.Count - end < MaxTrailingFurniture && IsTrailingFurniture(content[end - 1].Text, content[end - 1].WordCount))
            end--;
        return end < content.Count && TitleText.EndsSentence(content[end - 1].Text) ? content[..end] : content;
    }

    private const int MaxTrailingFurniture = 3;

    private const int MaxLinkWords = 7;

    private static readonly SearchValues<char> RowMarks = SearchValues.Create(":/|>»·()");

    [GeneratedRegex(@"\p{Ll}[.?!]?\p{Lu}", RegexOptions.NonBacktracking)]
    private static partial Regex GluedWords();

    // A cut-off sentence is prose that stops; furniture is a few words, or a row of items and buttons
    // run together ("Topics: A, B", "Yes / NoSHARE").
    private static bool IsTrailingFurniture(string line, int words) =>
        (words <= MaxLinkWords || words <= FooterParagraphWords && (line.AsSpan().IndexOfAny(RowMarks) >= 0 || GluedWords().IsMatch(line)))
        && !TitleText.EndsSentence(line) && !TitleText.EndsWithEllipsis(line)
        && FactboxLine.Heading(line) is null && !(FactboxLine.LabelAndValue(line) is { } pair && ProfileVocabulary.IsLabel(pair.Label));

    [GeneratedRegex(@"^(?:newsletter|bolet[íi]n|our\s+newsletter|nuestro\s+bolet[íi]n)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterHeading();

    private static bool IsFooterLine(IReadOnlyList<SourceLine> lines, int index)
    {
        var line = lines[index];
        if (IsAnalysisHeading(line.Text))
            return false;
        return line.WordCount < FooterParagraphWords || TitleText.EndsWithEllipsis(line.Text)
            || (index > 0 && BylineParser.IsByline(lines[index - 1].Text));
    }

    public static bool IsAnalysisHeading(string line) => AnalysisHeading().IsMatch(line);

    // A teaser (a sentence cut off with '…') among other teasers is a listing of other articles;
    // a lone one at the very end is this article's text, cut off.
    private static bool IsTeaserRun(IReadOnlyList<SourceLine> lines, int index)
    {
        var neighbours = 0;
        for (var j = Math.Max(0, index - 3); j <= Math.Min(lines.Count - 1, index + 3); j++)
        {
            if (j != index && TitleText.EndsWithEllipsis(lines[j].Text))
                neighbours++;
        }
        return neighbours > 0;
    }

    // "Analysis" alone on its line, as other layouts title the same section.
    [GeneratedRegex(@"^(?:InSight Crime Analysis|An[áa]lisis de InSight Crime|Analysis|An[áa]lisis)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AnalysisHeading();
}
