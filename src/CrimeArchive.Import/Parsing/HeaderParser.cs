using System.Text.RegularExpressions;
using CrimeArchive.Data.Text;
namespace CrimeArchive.Import.Parsing;

/// <summary>What the lines before the lead say about a text.</summary>
public sealed record DocumentHeader
{
    public string? Title { get; init; }
    /// <summary>The title is a lone line before the lead with nothing to confirm it (no breadcrumb,
    /// no byline, no quotes): it may be a photo caption.</summary>
    public bool TitleUncertain { get; init; }
    public DocumentKind? Kind { get; init; }
    public bool ProfileBreadcrumb { get; init; }
    public string? Country { get; init; }
    public Byline? Byline { get; init; }
    public bool Spanish { get; init; }
    public bool ListingPage { get; init; }
    /// <summary>Index of the lead, the first line of text, in the line list.</summary>
    public int LeadIndex { get; init; }
    /// <summary>Index of the standfirst, the summary printed between the headline and the byline; it
    /// opens the text.</summary>
    public int? StandfirstIndex { get; init; }
}

/// <summary>Reads the header: breadcrumb, kind line, title, byline; and tells the title from photo
/// captions and site banners that older captures put before the lead.</summary>
public static partial class HeaderParser
{
    private const int MaxHeadlineWords = 30;
    private const int MaxCountryLineLength = 40;
    private const int MinLeadWordsAfterBanner = 15;
    private const int MinHeadlineWords = 4;

    public static DocumentHeader Parse(IReadOnlyList<SourceLine> lines)
    {
        Breadcrumb? breadcrumb = null;
        Byline? byline = null;
        DocumentKind? kindFromLine = null;
        DocumentKind? looseKind = null;
        string? country = null;
        var spanish = false;
        var listing = false;
        var candidates = new List<(string Text, bool BeforeByline)>();
        // Old layouts print the date on a line of its own above the headline and the author below it:
        // the title stands before the line that names the author, not before the first dated line.
        var beforeAuthor = 0;
        var lastCandidate = -1;
        var masthead = false;
        var lastBanner = -2;
        int? standfirst = null;
        var profileLabel = false;
        var banner = 0;
        var lead = lines.Count;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (Breadcrumb.IsListingPage(text))
            {
                listing = true;
                continue;
            }
            if (breadcrumb is null && (Breadcrumb.Parse(text) ?? Breadcrumb.ParseSeparated(text)) is { } crumb)
            {
                breadcrumb = crumb;
                continue;
            }
            if (ChromeFilter.IsKindLine(text))
            {
                kindFromLine ??= KindOfLine(text, ref spanish);
                profileLabel |= IsProfileLabel(text);
                continue;
            }
            if (byline is null && BylineParser.Parse(text) is { } parsed)
            {
                byline = parsed;
                beforeAuthor = candidates.Count;
                continue;
            }
            // "Written by X | March 4, 2021", "Posted Mar 4, 2019 · Posted in Analysis | Peru": other layouts
            // spread the byline over lines of their own.
            if (LooseByline.Read(text, spanish || breadcrumb?.Spanish == true || byline?.Language == "es") is { } facts)
            {
                // "Wednesday, May 12, 2021" over the masthead: the day the page was read, which the
                // article's own "Published" date replaces.
                if (facts.Authors.Count == 0 && candidates.Count == 0 && byline is null && i <= MastheadLines && Weekday().IsMatch(text))
                {
                    masthead = true;
                    byline = new Byline("", facts.Date, [], facts.Spanish ? "es" : null);
                    continue;
                }
                if (masthead && facts.Date is not null && byline is not null)
                {
                    byline = byline with { Date = null };
                    masthead = false;
                }
                // "Jane Doe and John Roe" over "Published March 4, 2021", under the headline: the authors' line.
                if (facts.Authors.Count == 0 && facts.Date is not null && candidates.Count >= 2 && lastCandidate == i - 1
                    && LooseByline.IsNamesOnly(candidates[^1].Text) && candidates[..^1].Any(c => LineReader.CountWords(c.Text) >= MinHeadlineWords))
                {
                    facts = facts with { Authors = LooseByline.NamesIn(candidates[^1].Text) };
                    candidates.RemoveAt(candidates.Count - 1);
                }
                byline = byline is null
                    ? new Byline("", facts.Date, facts.Authors, facts.Spanish ? "es" : null)
                    : byline with { Date = byline.Date ?? facts.Date, Authors = byline.Authors.Count > 0 ? byline.Authors : facts.Authors };
                looseKind ??= facts.Kind;
                country ??= facts.Country;
                if (facts.Authors.Count > 0)
                    beforeAuthor = candidates.Count;
                continue;
            }
            // "Jane Roe" over "Staff writer": the author, named without a "By".
            if (LooseByline.IsRole(text) && lastCandidate == i - 1 && candidates.Count >= 2 && LooseByline.IsNamesOnly(candidates[^1].Text))
            {
                var named = LooseByline.NamesIn(candidates[^1].Text);
                candidates.RemoveAt(candidates.Count - 1);
                byline = byline is null ? new Byline("", null, named, null) : byline with { Authors = byline.Authors.Count > 0 ? byline.Authors : named };
                beforeAuthor = candidates.Count;
                continue;
            }
            if (text.Length <= MaxCountryLineLength && !text.Any(char.IsLower) && Countries.Find(text) is { } c)
            {
                country ??= c;
                continue;
            }
            if (lines[i].Chrome != ChromeKind.None)
                continue;
            // A notice to readers may go on over lines of its own below its first.
            if (ChromeFilter.IsBannerLine(text) || (lastBanner == i - 1 && !lines[i].BlankBefore && lines[i].WordCount <= MaxNoticeLineWords))
            {
                banner++;
                lastBanner = i;
                continue;
            }
            // A profile may open with its factbox, with no title at all: the text starts there.
            if (FactboxLine.LabelAndValue(text) is { } pair && ProfileVocabulary.IsLabel(pair.Label)
                && i + 1 < lines.Count && FactboxLine.LabelAndValue(lines[i + 1].Text) is { } second && ProfileVocabulary.IsLabel(second.Label))
            {
                lead = i;
                break;
            }
            // After a banner, the notice may go on in short sentences: the lead is a real paragraph.
            if (IsLead(text) && (banner == 0 || lines[i].WordCount >= MinLeadWordsAfterBanner) && !IsHeadline(text, breadcrumb, i + 1 < lines.Count ? lines[i + 1].Text : null))
            {
                // "The arrest ends a manhunt. Police say…" between the headline and the byline: the standfirst.
                // A standfirst stands above the byline: once the author is known, the first paragraph is the lead
                // (a body captured as one line has the footer's teaser datelines right below it).
                if (candidates.Count > 0 && byline is not { Authors.Count: > 0 } && IsAboveByline(lines, i))
                {
                    standfirst ??= i;
                    continue;
                }
                lead = i;
                break;
            }
            candidates.Add((text, byline is null || byline.Authors.Count == 0));
            lastCandidate = i;
        }
        for (var c = 0; c < beforeAuthor; c++)
            candidates[c] = candidates[c] with { BeforeByline = true };
        var (title, uncertain) = TitleChooser.Choose(breadcrumb, candidates, byline is not null, banner);
        if (byline?.Language == "es" || breadcrumb?.Spanish == true)
            spanish = true;
        var kind = kindFromLine ?? breadcrumb?.Kind ?? looseKind;
        if (byline is { Tag.Length: > 0 } b && country is null)
            country = Countries.Find(b.Tag);
        return new DocumentHeader
        {
            Title = title,
            TitleUncertain = uncertain,
            Kind = kind,
            ProfileBreadcrumb = breadcrumb?.IsProfile == true || profileLabel,
            Country = country ?? breadcrumb?.Country,
            Byline = byline,
            Spanish = spanish,
            ListingPage = listing,
            LeadIndex = lead,
            StandfirstIndex = standfirst,
        };
    }

    private const int MastheadLines = 2;
    private const int MaxNoticeLineWords = 30;
    private const int StandfirstReach = 4;

    // The byline a few lines below, past share buttons and counters.
    private static bool IsAboveByline(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + StandfirstReach; j++)
        {
            var text = lines[j].Text;
            if (BylineParser.Parse(text) is not null || LooseByline.Read(text) is { Authors.Count: > 0 })
                return true;
            if (lines[j].WordCount > 4 && lines[j].Chrome == ChromeKind.None)
                return false;
        }
        return false;
    }

    private static bool IsProfileLabel(string line) =>
        line.StartsWith("PROFILE", StringComparison.Ordinal) || line.StartsWith("PERFIL", StringComparison.Ordinal)
        || line is "THE PROFILE" or "PORTRAIT";

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lunes|Martes|Mi[ée]rcoles|Jueves|Viernes|S[áa]bado|Domingo)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Weekday();

    /// <summary>The first line of text: a sentence of some length, or a long line whatever its end.
    /// A headline in title case is not a lead even when it ends with a question mark.</summary>
    public static bool IsLead(string text)
    {
        text = text[..GluedAltText.KeptLength(text)];
        var words = LineReader.CountWords(text);
        if (words >= 20)
            return true;
        if (words < 6 || !TitleText.EndsSentence(text))
            return false;
        return !(text.EndsWith('?') && TitleText.IsTitleCase(text));
    }

    // A headline that ends like a sentence (a question in Spanish sentence case) still repeats the
    // breadcrumb or stands above the byline.
    private static bool IsHeadline(string text, Breadcrumb? breadcrumb, string? next)
    {
        if (next is not null && (BylineParser.IsByline(next) || ChromeFilter.IsKindLine(next) || !text.EndsWith('.') && LooseByline.Read(next) is { Authors.Count: > 0 }))
            return true;
        return breadcrumb is not null && LineReader.CountWords(text) <= MaxHeadlineWords
            && NameNormalizer.Normalize(breadcrumb.Path).EndsWith(NameNormalizer.Normalize(text), StringComparison.Ordinal);
    }

    // A profile's kind line says nothing about person or group: its content decides.
    private static DocumentKind? KindOfLine(string line, ref bool spanish)
    {
        spanish |= line.Contains("NOTICIAS", StringComparison.Ordinal) || line.Contains('Á', StringComparison.Ordinal)
            || line.Contains("INVESTIGACI", StringComparison.Ordinal) || line.Contains("PERFIL", StringComparison.Ordinal)
            || line.Contains("REPORTAJE", StringComparison.Ordinal);
        if (IsProfileLabel(line))
            return null;
        if (line.StartsWith("AN", StringComparison.Ordinal) || line.StartsWith("OPINI", StringComparison.Ordinal)
            || line is "IN DEPTH" or "IN-DEPTH" or "EN PROFUNDIDAD" or "COMMENTARY" or "REPORT" or "EXPLAINER"
            || line.StartsWith("FEATURE", StringComparison.Ordinal) || line.StartsWith("REPORTAJE", StringComparison.Ordinal))
            return DocumentKind.Analysis;
        if (line.StartsWith("INVESTIGA", StringComparison.Ordinal))
            return DocumentKind.Investigation;
        return DocumentKind.Brief;
    }
}
