using System.Globalization;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>A byline: <c>TAG / D MON YYYY BY AUTHOR EN</c> or <c>TAG / D MON YYYY POR AUTHOR ES</c>;
/// the tag is empty when the line has none.</summary>
public sealed record Byline(string Tag, DateOnly? Date, IReadOnlyList<string> Authors, string? Language);

public static partial class BylineParser
{
    private const int MaxBylineLength = 160;

    /// <summary>"GUATEMALA / 4 FEB 2022": the dated line of a teaser, with no author.</summary>
    public static bool IsTeaserDateline(string line, int words) =>
        words <= MaxTeaserDatelineWords && line.Contains('/') && Parse(line) is { Authors.Count: 0 };

    private const int MaxTeaserDatelineWords = 8;

    public static bool IsByline(string line) => MayBeByline(line) && (IsSigned(line) ? SignedPattern().IsMatch(line) : Pattern().IsMatch(line));

    public static Byline? Parse(string line)
    {
        if (!MayBeByline(line))
            return null;
        var m = IsSigned(line) ? SignedPattern().Match(line) : Pattern().Match(line);
        if (!m.Success)
            return null;
        var date = ParseDate(m.Groups["day"].Value, m.Groups["month"].Value, m.Groups["year"].Value);
        var authors = m.Groups["author"].Success
            ? AuthorSeparator().Split(m.Groups["author"].Value.Trim())
                .Where(a => a.Length > 0)
                .Select(NameCasing.Author)
                .ToList()
            : [];
        var language = m.Groups["lang"].Value.ToUpperInvariant() switch
        {
            "ES" => "es",
            "EN" => "en",
            _ => m.Groups["by"].Value.Equals("POR", StringComparison.OrdinalIgnoreCase) ? "es" : null,
        };
        return new Byline(m.Groups["tag"].Value.Trim(), date, authors, language);
    }

    private static bool MayBeByline(string line) =>
        line.Length <= MaxBylineLength && line.Length > 0 && (char.IsDigit(line[0]) || line.Contains('/', StringComparison.Ordinal) || IsSigned(line));

    // "By Jane Roe | March 4, 2021": a signature first, read by its own pattern.
    private static bool IsSigned(string line) =>
        (line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("Por ", StringComparison.Ordinal)) && line.AsSpan().IndexOfAny('|', '–', '—') > 0;

    public static DateOnly? ParseDate(string day, string month, string year)
    {
        var monthNumber = Month(month);
        if (monthNumber == 0
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1900 || y > 2100 || d < 1 || d > DateTime.DaysInMonth(y, monthNumber))
            return null;
        return new DateOnly(y, monthNumber, d);
    }

    /// <summary>Month number from an English or Spanish name or abbreviation; 0 when unknown.</summary>
    public static int Month(string name)
    {
        var key = name.TrimEnd('.').ToUpperInvariant()
            .Replace('É', 'E').Replace('Á', 'A').Replace('Í', 'I').Replace('Ó', 'O').Replace('Ú', 'U');
        if (key.Length > 4 && !FullMonths.Contains(key))
            return 0;
        return key.Length < 3 ? 0 : Months.GetValueOrDefault(key[..3]);
    }

    /// <summary>Whether a word is a month written out in English or Spanish ("March", "Setiembre").</summary>
    public static bool IsMonthName(string word) =>
        word.ToUpperInvariant() is var key && (FullMonths.Contains(key) || key == "MAY");

    // English and Spanish abbreviations; SET is the Spanish-American 'setiembre'.
    private static readonly Dictionary<string, int> Months = new()
    {
        ["JAN"] = 1, ["ENE"] = 1, ["FEB"] = 2, ["MAR"] = 3, ["APR"] = 4, ["ABR"] = 4, ["MAY"] = 5, ["JUN"] = 6,
        ["JUL"] = 7, ["AUG"] = 8, ["AGO"] = 8, ["SEP"] = 9, ["SET"] = 9, ["OCT"] = 10, ["NOV"] = 11, ["DEC"] = 12, ["DIC"] = 12,
    };

    private static readonly HashSet<string> FullMonths =
    [
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        "ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "SETIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE",
    ];

    // The author part is optional: older bylines and teasers give only the tag and the date.
    [GeneratedRegex(@"^(?:(?<tag>[^/]{1,60}?)\s*/\s*)?(?<day>\d{1,2})\s+(?<month>\p{L}{3,10}\.?)\s+(?<year>\d{4})(?:\s+(?<by>(?-i:BY|POR))\s+(?<author>.+?))?(?:\s+(?<lang>(?-i:EN|ES)))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    // "By Jane Roe | March 4, 2021", "Por Juan Pérez | Publicado el 9 de mayo de 2016": a signature, then the date.
    [GeneratedRegex(@"^(?<by>(?-i:By|Por))\s+(?<author>[^|–—\d]{3,80}?)\s*[|–—]\s*(?:(?:Published|Updated|Publicado|Actualizado)(?:\s+(?:on|el))?\s+)?(?:(?<month>\p{L}{3,10})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})|(?<day>\d{1,2})\s+(?:de\s+)?(?<month>\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?(?<year>\d{4}))$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedPattern();

    [GeneratedRegex(@"\s*(?:,|\s(?:AND|Y|&)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparator();
}
