namespace CrimeArchive.Import.Parsing;

/// <summary>What the lines before the lead say about a text.</summary>
public sealed record DocumentHeader
{
    public string? Title { get; init; }
    public DocumentKind? Kind { get; init; }
    public bool ProfileBreadcrumb { get; init; }
    public string? Country { get; init; }
    public Byline? Byline { get; init; }
    public bool Spanish { get; init; }
    public bool ListingPage { get; init; }
    /// <summary>Index of the lead, the first line of text, in the line list.</summary>
    public int LeadIndex { get; init; }
}

/// <summary>Reads the header: breadcrumb, kind line, title, byline; and tells the title from photo
/// captions and site banners that older captures put before the lead.</summary>
public static class HeaderParser
{
    public static DocumentHeader Parse(IReadOnlyList<SourceLine> lines)
    {
        Breadcrumb? breadcrumb = null;
        Byline? byline = null;
        DocumentKind? kindFromLine = null;
        string? country = null;
        var spanish = false;
        var listing = false;
        var candidates = new List<(string Text, bool BeforeByline)>();
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
            if (breadcrumb is null && Breadcrumb.Parse(text) is { } crumb)
            {
                breadcrumb = crumb;
                continue;
            }
            if (ChromeFilter.IsKindLine(text))
            {
                kindFromLine ??= KindOfLine(text, ref spanish);
                continue;
            }
            if (byline is null && BylineParser.Parse(text) is { } parsed)
            {
                byline = parsed;
                continue;
            }
            if (Countries.Find(text) is { } c && text.Any(char.IsUpper) && !text.Any(char.IsLower))
            {
                country ??= c;
                continue;
            }
            if (ChromeFilter.Classify(text) != ChromeKind.None)
                continue;
            if (ChromeFilter.IsBannerLine(text))
            {
                banner++;
                continue;
            }
            if (IsLead(text))
            {
                lead = i;
                break;
            }
            candidates.Add((text, byline is null));
        }
        var title = ChooseTitle(breadcrumb, candidates, byline is not null, banner);
        if (byline?.Language == "es" || breadcrumb?.Spanish == true)
            spanish = true;
        var kind = kindFromLine ?? breadcrumb?.Kind;
        if (byline is { Tag.Length: > 0 } b && country is null)
            country = Countries.Find(b.Tag);
        return new DocumentHeader
        {
            Title = title,
            Kind = kind,
            ProfileBreadcrumb = breadcrumb?.IsProfile == true,
            Country = country ?? breadcrumb?.Country,
            Byline = byline,
            Spanish = spanish,
            ListingPage = listing,
            LeadIndex = lead,
        };
    }

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

    private static DocumentKind KindOfLine(string line, ref bool spanish)
    {
        spanish |= line.Contains("NOTICIAS", StringComparison.Ordinal) || line.Contains('Á', StringComparison.Ordinal)
            || line.Contains("INVESTIGACI", StringComparison.Ordinal) || line.Contains("PERFIL", StringComparison.Ordinal);
        if (line.StartsWith("AN", StringComparison.Ordinal) || line.StartsWith("OPINI", StringComparison.Ordinal))
            return DocumentKind.Analysis;
        if (line.StartsWith("INVESTIGA", StringComparison.Ordinal))
            return DocumentKind.Investigation;
        return DocumentKind.Brief;
    }

    private static string? ChooseTitle(Breadcrumb? breadcrumb, List<(string Text, bool BeforeByline)> candidates, bool hasByline, int banner)
    {
        if (breadcrumb is not null)
        {
            var tail = TitleText.Comparable(breadcrumb.Tail);
            foreach (var (text, _) in candidates)
            {
                var comparable = TitleText.Comparable(text);
                if (comparable.Length > 0 && (tail.EndsWith(comparable, StringComparison.Ordinal) || comparable == tail
                    || TitleText.Comparable(TitleText.StripWrappingQuotes(text)) == tail))
                    return TitleText.StripWrappingQuotes(text);
            }
            if (breadcrumb.Tail.Length > 0)
                return TitleText.StripWrappingQuotes(breadcrumb.Tail);
        }
        var before = candidates.Where(c => c.BeforeByline).Select(c => c.Text).ToList();
        var quoted = before.FirstOrDefault(c => TitleText.StripWrappingQuotes(c) != c);
        if (quoted is not null)
            return TitleText.StripWrappingQuotes(quoted);
        // With a byline the line just above it is the headline; without one, a lone title-case line
        // is, but several short lines are a banner or captions, never the title.
        // Spanish headlines are in sentence case, so next to a byline the case is not asked.
        if (hasByline && before.Count > 0 && LooksLikeHeadline(before[^1], titleCase: false))
            return before[^1];
        if (!hasByline && banner == 0 && before.Count == 1 && LooksLikeHeadline(before[0], titleCase: true))
            return before[0];
        return null;
    }

    private static bool LooksLikeHeadline(string text, bool titleCase)
    {
        var words = LineReader.CountWords(text);
        return words is >= 2 and <= 25 && !text.EndsWith('.') && (!titleCase || TitleText.IsTitleCase(text))
            && !text.Contains("InSight Crime", StringComparison.OrdinalIgnoreCase);
    }
}
