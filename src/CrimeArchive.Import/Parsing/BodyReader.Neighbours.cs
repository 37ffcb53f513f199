using System.Buffers;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>The rules that judge a line by the lines around it: a line the chrome closes in on both
/// sides, an appeal standing over a button, a caption over its credit, a teaser beside its dateline,
/// the author's biography.</summary>
public static partial class BodyReader
{
    // Chrome between chrome is a comment, an appeal or a teaser; a real paragraph that short with chrome
    // on both sides and no blank line between is rare, and a longer one is never taken.
    private const int MaxWordsAmidChrome = 30;

    private const int MaxAppealWords = 45;

    private const int MaxCaptionWords = 15;

    // "Nice work, look into the mayor next." between a commenter's name and a Reply button; "Spotted a
    // mistake? Write to our desk." between a link row and the end of the file. A line that opens its
    // block may only go when it speaks to the reader ("Help us keep reporting") over a button or a list.
    private static void DropLinesAmidChrome(IReadOnlyList<SourceLine> lines, SourceLine?[] kept, int lead, int end)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = lead + 1; i < end; i++)
            {
                if (kept[i] is not { } line || line.WordCount > MaxWordsAmidChrome)
                    continue;
                var last = i == lines.Count - 1;
                var chromeAfter = !last && !lines[i + 1].BlankBefore && IsDropped(kept, i + 1, lead, end);
                var chromeBefore = !lines[i].BlankBefore && IsDropped(kept, i - 1, lead, end);
                // "NOTICE: …" over the lines that go on with it.
                if (chromeBefore && ContinuesNotice(lines, i, kept, lead))
                {
                    kept[i] = null;
                    changed = true;
                    continue;
                }
                if ((chromeBefore && (chromeAfter || last)) || (lines[i].BlankBefore && chromeAfter && IsReaderAppeal(line.Text)))
                {
                    kept[i] = null;
                    changed = true;
                }
            }
        }
    }

    private const int MaxRunLines = 6;
    private const int MaxRunLineWords = 12;
    private const int TailParagraphWords = 25;

    // After the last paragraph, a few short lines with no full stop closed in by chrome ("Comment *",
    // "Name *", "Website" between a comment heading and its checkbox; a teaser's label and headline).
    private static void DropRunsAmidChrome(IReadOnlyList<SourceLine> lines, SourceLine?[] kept, int lead, int end)
    {
        var tail = end - 1;
        while (tail > lead && !(kept[tail] is { } line && line.WordCount >= TailParagraphWords && TitleText.EndsSentence(line.Text)))
            tail--;
        for (var i = tail + 1; i < end; i++)
        {
            if (kept[i] is null || lines[i].BlankBefore || !IsDropped(kept, i - 1, lead, end))
                continue;
            var last = i;
            while (last + 1 < end && kept[last + 1] is not null && !lines[last + 1].BlankBefore)
                last++;
            var closed = last == lines.Count - 1 || (!lines[last + 1].BlankBefore && IsDropped(kept, last + 1, lead, end));
            if (!closed || last - i + 1 > MaxRunLines)
                continue;
            var shortLines = true;
            for (var k = i; k <= last && shortLines; k++)
                shortLines = lines[k].WordCount <= MaxRunLineWords && !TitleText.EndsSentence(kept[k]!.Value.Text);
            if (!shortLines)
                continue;
            for (var k = i; k <= last; k++)
                kept[k] = null;
        }
    }

    // After the last paragraph, a short line with chrome above it and chrome or the end below it that
    // speaks to the reader or of the site ("Keep this archive free for every reader.", "All comments
    // are read by an editor before they appear."), with a blank line above it: a note of the page.
    private static void DropNotesInTail(IReadOnlyList<SourceLine> lines, SourceLine?[] kept, int lead, int end)
    {
        var tail = end - 1;
        while (tail > lead && !(kept[tail] is { } line && line.WordCount >= TailParagraphWords && TitleText.EndsSentence(line.Text) && !IsNoteToReader(line.Text)))
            tail--;
        for (var i = Math.Max(tail + 1, lead + 1); i < end; i++)
        {
            if (kept[i] is { } line && lines[i].BlankBefore && line.WordCount <= MaxAppealWords && IsFurniture(lines, kept, i - 1, lead, end)
                && (i == lines.Count - 1 || IsFurniture(lines, kept, i + 1, lead, end)) && IsNoteToReader(line.Text))
                kept[i] = null;
        }
    }

    // Dropped, or a few words with no stop: a button or a heading ("DONATE NOWMore on Mexico").
    private static bool IsFurniture(IReadOnlyList<SourceLine> lines, SourceLine?[] kept, int index, int lead, int end) =>
        IsDropped(kept, index, lead, end) || lines[index].WordCount <= MaxLinkWords && !TitleText.EndsSentence(lines[index].Text);

    // A quote ("“If you talk, you die,” a fisherman said") speaks to someone else's "you".
    private static bool IsNoteToReader(string text) =>
        MayAddressReader(text) && NoteToReader().IsMatch(text) && text.AsSpan().IndexOfAny("“”\"«»") < 0;

    // The pattern runs on the last paragraphs, which are long: a vectorized search for the words its
    // alternatives need ("you", "-nos", "site"…) rules most of them out. The rare letters that ignoring
    // case matches to an ASCII one (the Kelvin sign, the long s, the dotted and dotless i) let it through.
    private static bool MayAddressReader(string text) =>
        text.AsSpan().ContainsAny(NoteToReaderWords) || text.AsSpan().ContainsAny(CaseFoldingTwins) || IsUsAfterFirstWord(text);

    private static readonly SearchValues<string> NoteToReaderWords = SearchValues.Create(
        ["you", "usted", "reader", "lector", "comment", "comentario", "cookie", "newsletter", "bolet", "nos",
         "site", "page", "gina", "profile", "archiv", "database", "sitio", "perfiles"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> CaseFoldingTwins = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // "Help us …": the one alternative with no word of its own, "us" after the line's first word.
    private static bool IsUsAfterFirstWord(string text)
    {
        var space = 0;
        while (space < text.Length && !char.IsWhiteSpace(text[space]))
            space++;
        while (space < text.Length && char.IsWhiteSpace(text[space]))
            space++;
        return text.AsSpan(space).StartsWith("us", StringComparison.Ordinal);
    }

    // The reader addressed ("you", "readers", "Help us", "Escríbanos") or the site's own furniture named.
    // Narrower than ReaderAddress: "we", "our" and a bare "us" are the newsroom's too in a real last
    // paragraph ("a source told us"), so "us" counts only after an opening imperative.
    [GeneratedRegex(@"\b(?:you|your|yours|usted|ustedes|readers?|lectores|lectoras|comments|comentarios|cookies|website|newsletter|bolet[íi]n)\b|^\p{Lu}\p{Ll}+\s+(?-i:us)\b|\b(?:Escr[íi]b|Ay[úu]d|Ap[óo]y|Env[íi]|Cu[ée]nt|Contact|Esc[úu]ch)\w*nos\b|\b(?:this|these|our|este|esta|estos|estas|nuestr[oa]s?)\s+(?:site|page|profiles?|archive|database|sitio|p[áa]gina|perfiles|archivo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoteToReader();

    private const int MaxLinkItems = 8;
    private const int MaxLinkItemWords = 20;

    // "Related:" over "- Border Crews Widen Their Reach", "Lee también:" over "• …": a box of links to
    // other stories set in the text; its headlines, bulleted or with no full stop, go with their label.
    // A headline may hold a comma; the first under the label may not, lest a lead be taken for one.
    private static void DropLinksUnderLabel(IReadOnlyList<SourceLine> lines, SourceLine?[] kept, int lead, int end)
    {
        for (var i = lead + 1; i < end - 1; i++)
        {
            if (lines[i].WordCount > 5 || !LinksLabel().IsMatch(lines[i].Text))
                continue;
            var last = i;
            while (last + 1 < end && last - i < MaxLinkItems && kept[last + 1] is { } item && item.WordCount <= MaxLinkItemWords
                && (IsBulleted(item.Text) || !TitleText.EndsSentence(item.Text) && (!item.Text.Contains(',') || last > i)))
                last++;
            if (last == i)
                continue;
            for (var k = i; k <= last; k++)
                kept[k] = null;
            i = last;
        }
    }

    private static bool IsBulleted(string text) => text.Length > 2 && text[0] is '-' or '•' or '*' or '·' or '▪' or '►' or '→' or '–' && text[1] == ' ';

    [GeneratedRegex(@"^(?:Related(?:\s+(?:coverage|stories|articles|reading|links|content))?|More\s+on\s+this\s+(?:topic|story)|See\s+also|Read\s+also|Also\s+read|Relacionad[oa]s?|Notas\s+relacionadas|Lee\s+tambi[ée]n|Lea\s+tambi[ée]n|Te\s+puede\s+interesar|Le\s+puede\s+interesar|Ver\s+tambi[ée]n|M[áa]s\s+sobre\s+este\s+tema)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LinksLabel();

    // Lines outside the text (the header before the lead, what follows its end) count as dropped.
    private static bool IsDropped(SourceLine?[] kept, int index, int lead, int end) => index < lead || index >= end || kept[index] is null;

    private static bool ContinuesNotice(IReadOnlyList<SourceLine> lines, int index, SourceLine?[] kept, int lead)
    {
        var j = index - 1;
        while (j > lead && kept[j] is null && !lines[j].BlankBefore && !NoticeLabel().IsMatch(lines[j].Text))
            j--;
        return j >= lead && kept[j] is null && NoticeLabel().IsMatch(lines[j].Text);
    }

    [GeneratedRegex(@"^(?:NOTICE|AVISO|ATENCI[ÓO]N|IMPORTANT|IMPORTANTE|Note\s+to\s+(?:our\s+)?readers|Notice\s+to\s+(?:our\s+)?readers|Aviso\s+a\s+(?:nuestros\s+)?lectores|Nota\s+a\s+(?:nuestros\s+|los\s+)?lectores)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeLabel();

    /// <summary>A line that asks the reader for money, a tip or a word ("Reporting costs money: chip in",
    /// "¿Conoce detalles de este caso? Escríbanos"): what it asks for, and whom it speaks to.</summary>
    public static bool IsReaderAppeal(string line) =>
        LineReader.CountWords(line) <= MaxAppealWords && AppealWords().IsMatch(line) && ReaderAddress().IsMatch(line);

    [GeneratedRegex(@"\b(?:donat\w*|donaci[óo]n\w*|donar|don[ae]\b|support\w*|apoy\w*|ap[óo]y\w*|respald\w*|aporte\w*|contribu\w*|chip\s+in|pledge|give|monthly|mensual\w*|costs?|cuesta\w*|cheap|dinero|money|recursos|resources|sosten\w*|sustain\w*|gratuit\w*|free|useful|[úu]til|helpful|tips?|pistas?|write\s+to|escr[íi]b\w*|contact\w*|cont[áa]ct\w*|env[íi]\w*|send\s+us|mistake|wrong|error|subscrib\w*|suscr[íi]b\w*|newsletter|bolet[íi]n)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AppealWords();

    // Spanish speaks to the reader with 'usted', a question or an imperative with '-nos' ("Escríbanos",
    // "Apóyenos"); 'su' and 'le' are as often a third person's.
    [GeneratedRegex(@"\b(?:you|your|usted|ustedes|us|our|we|nuestr[oa]s?|readers|lectores)\b|[?¿]|\b\w*[áéíóú]\w*[ae]nos\b|^(?:Apoye|Apoyen|Respalde|Respalden|Done|Donen|Contribuya|Colabore|Suscr[íi]base|Escriba|Env[íi]e|Ayude|Ay[úu]denos)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ReaderAddress();

    // "DOB" over "March 3, 1980": a profile's date of birth under its label, not a teaser's date.
    private static bool IsFactboxValue(IReadOnlyList<SourceLine> lines, int i) =>
        ProfileVocabulary.IsLabel(lines[i - 1].Text.TrimEnd(':').Trim());

    // "March 9, 2021" on a line of its own below the lead: a teaser's or a comment's date.
    private static bool IsDateOnly(SourceLine line) =>
        line.WordCount <= MaxDateWords && LineReader.HoldsDigit(line.Text) && LooseByline.Read(line.Text) is { Date: not null, Authors.Count: 0 };

    private const int MaxDateWords = 6;

    private const int MaxPullQuoteWords = 25;

    // "“You pay or you close.”" alone between paragraphs, its words quoted again in the text, or with
    // nothing around it that introduces or attributes it: a pull quote.
    private static List<SourceLine> WithoutPullQuotes(List<SourceLine> content)
    {
        List<SourceLine>? kept = null;
        for (var i = 0; i < content.Count; i++)
        {
            var text = content[i].Text;
            var pulled = IsWhollyQuoted(content[i])
                && (IsQuotedElsewhere(content, i, Unquoted(text)) || StandsAlone(content, i));
            if (pulled)
                kept ??= content[..i];
            else
                kept?.Add(content[i]);
        }
        return kept ?? content;
    }

    // Spanish closes the quote before the stop: "“Sin cajeros no hay cobro”."
    private static bool IsWhollyQuoted(SourceLine line) =>
        line.WordCount <= MaxPullQuoteWords && line.Text.Length > 10 && line.Text[0] is '“' or '"' or '«'
        && ClosingQuoteAt(line.Text) is var close and > 1 && line.Text.AsSpan(1, close - 1).IndexOfAny('“', '”', '«') < 0;

    private static int ClosingQuoteAt(string text) =>
        text[^1] is '”' or '"' or '»' ? text.Length - 1 : text.Length > 2 && text[^1] == '.' && text[^2] is '”' or '"' or '»' ? text.Length - 2 : -1;

    private static string Unquoted(string text) => text[1..ClosingQuoteAt(text)].TrimEnd('.', ',', '!', '?');

    // Between two paragraphs of the story, after none that introduces it ("He told reporters:") and
    // before none that attributes it ("said the mayor"), and not one of an exchange of quotes.
    private static bool StandsAlone(List<SourceLine> content, int i) =>
        i > 0 && i + 1 < content.Count && TitleText.EndsSentence(content[i].Text)
        && TitleText.EndsSentence(content[i - 1].Text) && !IsWhollyQuoted(content[i - 1]) && !IsWhollyQuoted(content[i + 1])
        && char.IsUpper(content[i + 1].Text[0]);

    private static bool IsQuotedElsewhere(List<SourceLine> content, int index, string quote)
    {
        for (var j = 0; j < content.Count; j++)
        {
            if (j != index && content[j].Text.Contains(quote, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // "Vecinos de la comunidad durante la vigilia." over "Foto: cortesía de la alcaldía".
    private static bool IsCaptionAboveCredit(IReadOnlyList<SourceLine> lines, int index) =>
        index + 1 < lines.Count && !lines[index + 1].BlankBefore && lines[index].WordCount <= MaxCaptionWords
        && !lines[index].Text.EndsWith(':') && ChromeFilter.IsCreditLine(lines[index + 1].Text);

    // A teaser's headline over its 'COUNTRY / D MON YYYY' line, or its excerpt below it.
    private static bool IsNextToTeaserDateline(IReadOnlyList<SourceLine> lines, int index) =>
        (!lines[index].BlankBefore && IsTeaserDateline(lines[index - 1]))
        || (index + 1 < lines.Count && !lines[index + 1].BlankBefore && IsTeaserDateline(lines[index + 1]));

    private static bool IsTeaserDateline(SourceLine line) =>
        line.Chrome == ChromeKind.Line && BylineParser.IsTeaserDateline(line.Text, line.WordCount);

    // "Lena Torvik covers the Andes from Quito", and "She has reported on the border since 2015" below it.
    private static bool IsAuthorBio(IReadOnlyList<SourceLine> lines, int index, SourceLine?[] kept, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
            return false;
        if (IsAboutAuthor(lines[index].Text, authors))
            return true;
        return index > 0 && !lines[index].BlankBefore && kept[index - 1] is null && IsAboutAuthor(lines[index - 1].Text, authors)
            && PronounBio().IsMatch(lines[index].Text);
    }

    private static bool IsAboutAuthor(string line, IReadOnlyList<string> authors)
    {
        string? folded = null;
        foreach (var author in authors)
        {
            // Most lines do not even start with the author's initial: no copies for them.
            if (line.Length < author.Length || char.ToUpperInvariant(line[0]) != char.ToUpperInvariant(author[0]))
                continue;
            folded ??= FoldApostrophes(line);
            var name = FoldApostrophes(author);
            if (folded.Equals(name, StringComparison.OrdinalIgnoreCase)
                || folded.StartsWith(name, StringComparison.OrdinalIgnoreCase) && AuthorBio().IsMatch(folded.AsSpan(name.Length)))
                return true;
        }
        return false;
    }

    private static string FoldApostrophes(string text) => text.Replace('’', '\'').Replace('‘', '\'');

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:is|was|has|have|covers|covered|reports|reported|writes|wrote|works|worked|joined|lives|studied|contributes|edits|es|fue|ha|cubre|escribe|trabaja|investiga|vive|reside|colabora|se\s+uni[óo]|se\s+incorpor[óo])\b", RegexOptions.NonBacktracking)]
    private static partial Regex AuthorBio();

    [GeneratedRegex(@"^(?:He|She|They|Él|Ella|Ellos)\s+(?:has|have|is|was|covers|covered|reports|reported|writes|wrote|works|worked|holds|studied|ha|es|fue|cubre|cubrió|trabaja|trabajó|escribe|escribió|vive)\b")]
    private static partial Regex PronounBio();
}
