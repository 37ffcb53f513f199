using System.Text.RegularExpressions;
using CrimeArchive.Data.Text;
namespace CrimeArchive.Import.Parsing;

/// <summary>Picks the title among the short lines before the lead: the line that repeats the
/// breadcrumb, a line in quotes, the line above the byline, or a lone headline; never a caption or
/// a banner.</summary>
public static partial class TitleChooser
{

    private const int PrefixLength = 20;

    public static (string? Title, bool Uncertain) Choose(Breadcrumb? breadcrumb, List<(string Text, bool BeforeByline)> candidates,
        bool hasByline, int banner)
    {
        var before = candidates.Where(c => c.BeforeByline).Select(c => c.Text).ToList();
        // "Home / News / Briefs" names no title: the lines below it are asked as if it were not there.
        if (breadcrumb is not null && (breadcrumb.Tail.Length > 0 || !breadcrumb.Path.Contains(' '))
            && FromBreadcrumb(breadcrumb, candidates.Select(c => c.Text).ToList(), hasByline ? before : []) is { } crumbed)
            return (crumbed, false);
        var quoted = before.FirstOrDefault(c => TitleText.StripWrappingQuotes(c) != c);
        if (quoted is not null)
            return (TitleText.StripWrappingQuotes(quoted), false);
        // Spanish headlines are in sentence case, so next to a byline the case is not asked. A lone
        // title-case line with nothing to confirm it may still be a caption: it is flagged.
        if (hasByline && before.Count > 0)
        {
            // A caption may sit between the headline and the byline: a headline-style line wins.
            var headline = before.LastOrDefault(c => LooksLikeHeadline(c, titleCase: true));
            if (headline is not null)
                return (headline, false);
            if (LooksLikeHeadline(before[^1], titleCase: false))
                return (before[^1], false);
        }
        // "ANÁLISIS" / "NICARAGUA / 3 FEB 2022 POR …" / the headline: a dateline printed above the title.
        if (hasByline && before.Count == 0 && candidates.Count == 1 && LooksLikeHeadline(candidates[0].Text, titleCase: false))
            return (candidates[0].Text, false);
        if (!hasByline && banner == 0 && before.Count == 1 && LooksLikeHeadline(before[0], titleCase: true))
            return (before[0], true);
        return (null, false);
    }

    private static string? FromBreadcrumb(Breadcrumb breadcrumb, List<string> candidates, List<string> aboveByline)
    {
        var tail = NameNormalizer.Normalize(breadcrumb.Tail);
        var path = NameNormalizer.Normalize(breadcrumb.Path);
        foreach (var text in candidates)
        {
            var comparable = NameNormalizer.Normalize(text);
            // "Mario Ruiz, alias 'El Gordo'" under a breadcrumb ending "Mario Ruiz": the title line as given.
            if (comparable.Length > 0 && (path.EndsWith(comparable, StringComparison.Ordinal)
                || NameNormalizer.Normalize(TitleText.StripWrappingQuotes(text)) == tail
                || NameNormalizer.Normalize(TitleDeriver.ProfileName(text)) == tail
                || NameNormalizer.Normalize(InnerNickname().Replace(text, " ")) == tail
                // "Faro Norte (FN-9)" under a breadcrumb ending "Faro Norte": the name with its initials.
                || NameNormalizer.Normalize(TrailingParenthesis().Replace(text, "")) == tail))
                return TitleText.StripWrappingQuotes(text);
        }
        // A breadcrumb cut short or spelled differently still shares the headline's first words.
        var prefix = tail[..Math.Min(PrefixLength, tail.Length)];
        var similar = aboveByline.LastOrDefault(c => prefix.Length > 0 && NameNormalizer.Normalize(TitleText.StripWrappingQuotes(c)).StartsWith(prefix, StringComparison.Ordinal));
        if (similar is not null)
            return TitleText.StripWrappingQuotes(similar);
        // "Home » News » Crime": a section's name alone is no title.
        return breadcrumb.Tail.Contains(' ') ? TitleText.StripWrappingQuotes(breadcrumb.Tail) : null;
    }

    private static bool LooksLikeHeadline(string text, bool titleCase)
    {
        var words = LineReader.CountWords(text);
        // "IN DEPTH", "THE WEEK": a label in capitals over the headline.
        return words is >= 2 and <= 25 && !text.EndsWith('.') && (!titleCase || TitleText.IsTitleCase(text))
            && !(words <= 3 && !text.Any(char.IsLower))
            && !text.Contains("InSight Crime", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s*\([^()]{1,40}\)$")]
    private static partial Regex TrailingParenthesis();

    // "Ramón “El Tuerto” Bejarano" under a breadcrumb ending "Ramón Bejarano": the nickname inside the name.
    [GeneratedRegex(@"\s[“""‘'][^“”""‘’]{1,30}[”""’'](?=\s)")]
    private static partial Regex InnerNickname();
}
