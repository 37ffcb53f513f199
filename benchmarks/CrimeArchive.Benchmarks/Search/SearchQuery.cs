using System.Globalization;
using CrimeArchive.Data;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>Filters of a query, written after a bar on its line: <c>country=Mexico year=2015</c>,
/// <c>year=2013-2016</c>, <c>lang=es</c>, <c>kind=analysis</c>. A value may hold spaces
/// (<c>country=El Salvador</c>).</summary>
public sealed record SearchFilters(string? Country = null, int? YearFrom = null, int? YearTo = null, string? Language = null, ArticleKind? Kind = null)
{
    public static readonly SearchFilters None = new();

    public bool IsEmpty => this == None;

    /// <summary>First day of the years asked for; null when no year is.</summary>
    public DateOnly? From => YearFrom is { } year ? new DateOnly(year, 1, 1) : null;

    /// <summary>The day after the last year asked for (exclusive); null when no year is.</summary>
    public DateOnly? Before => YearTo is { } year ? new DateOnly(year + 1, 1, 1) : null;

    public static SearchFilters Parse(string text)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                pairs.Add((token[..equals], token[(equals + 1)..]));
            else if (pairs.Count > 0)
                pairs[^1] = (pairs[^1].Key, pairs[^1].Value + " " + token);
            else
                throw new FormatException($"'{token}' is not key=value");
        }
        var filters = None;
        foreach (var (key, value) in pairs)
        {
            filters = key switch
            {
                "country" => filters with { Country = value },
                "year" => value.Split('-') is [var from, var to]
                    ? filters with { YearFrom = Year(from), YearTo = Year(to) }
                    : filters with { YearFrom = Year(value), YearTo = Year(value) },
                "lang" => filters with { Language = value },
                "kind" => filters with { Kind = Enum.Parse<ArticleKind>(value, ignoreCase: true) },
                _ => throw new FormatException($"unknown filter '{key}'"),
            };
        }
        return filters;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (Country is not null)
            parts.Add($"country={Country}");
        if (YearFrom is not null)
            parts.Add(YearFrom == YearTo ? $"year={YearFrom}" : $"year={YearFrom}-{YearTo}");
        if (Language is not null)
            parts.Add($"lang={Language}");
        if (Kind is not null)
            parts.Add($"kind={Kind.Value.ToString().ToLowerInvariant()}");
        return string.Join(' ', parts);
    }

    private static int Year(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>One query of the benchmark's mix: what a reader types (web-search syntax: quoted phrases,
/// <c>-word</c>, <c>OR</c>) and the filters beside the search box.</summary>
public sealed record SearchQuery(int Number, string Category, string Text, SearchFilters Filters)
{
    /// <summary>A line of the query file: <c>QUERY [| FILTERS]  # category</c>.</summary>
    public static SearchQuery Parse(string line, int number)
    {
        var hash = line.LastIndexOf(" #", StringComparison.Ordinal);
        if (hash < 0)
            throw new FormatException($"query line {number} has no '# category' comment: {line}");
        var category = line[(hash + 2)..].Trim();
        var query = line[..hash];
        var bar = query.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? new SearchQuery(number, category, query.Trim(), SearchFilters.None)
            : new SearchQuery(number, category, query[..bar].Trim(), SearchFilters.Parse(query[(bar + 1)..]));
    }

    public string ToLine() => (Filters.IsEmpty ? Text : $"{Text} | {Filters}").PadRight(48) + "  # " + Category;
}
