using System.Globalization;
using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Which articles of the archive a reader is browsing: any mix of a kind, a country and a
/// year or month. Empty is the whole archive.</summary>
public sealed record ArchiveFilter(ArticleKind? Kind = null, string? Country = null, int? Year = null, int? Month = null)
{
    public bool IsEmpty => Kind is null && Country is null && Year is null;

    /// <summary>Reads ?kind=brief&amp;country=Mexico&amp;month=2012-03 (or year=2012); null when a value is
    /// not one the archive could hold, so the page can say so rather than show everything.</summary>
    public static ArchiveFilter? Parse(string? kind, string? country, string? year, string? month)
    {
        ArticleKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<ArticleKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k) || int.TryParse(kind, out _))
                return null;
            parsedKind = k;
        }
        if (country is { Length: > 100 })
            return null;
        if (!string.IsNullOrEmpty(month))
        {
            return DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                ? new ArchiveFilter(parsedKind, NullIfEmpty(country), first.Year, first.Month)
                : null;
        }
        if (!string.IsNullOrEmpty(year))
        {
            return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200
                ? new ArchiveFilter(parsedKind, NullIfEmpty(country), y)
                : null;
        }
        return new ArchiveFilter(parsedKind, NullIfEmpty(country));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal IQueryable<Article> Apply(IQueryable<Article> articles)
    {
        if (Kind is { } kind)
            articles = articles.Where(a => a.Kind == kind);
        if (Country is { } country)
            articles = articles.Where(a => a.Country == country);
        if (Year is { } year)
        {
            var (from, to) = Month is { } month
                ? (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1))
                : (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            articles = articles.Where(a => a.PublishedOn >= from && a.PublishedOn < to);
        }
        return articles;
    }
}

/// <summary>A page of the archive and how the filtered articles divide by kind, country and month.</summary>
public sealed record ArchivePage(PagedList<ArticleCard> Articles, ArchiveFacets Facets);

public sealed record ArchiveFacets(
    IReadOnlyList<(ArticleKind Kind, int Count)> Kinds,
    IReadOnlyList<(string Country, int Count)> Countries,
    IReadOnlyList<(int Year, int Month, int Count)> Months)
{
    public int Total => Kinds.Sum(k => k.Count);
}

/// <summary>Browses the published archive in two queries: the page, and the counts of all three facets in one UNION.</summary>
public sealed class ArchiveQuery(ArchiveDbContext db)
{
    public const int PageSize = 25;

    private enum Part { Kind, Country, Month }

    public async Task<ArchivePage> BrowseAsync(ArchiveFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var articles = filter.Apply(db.Articles.AsNoTracking().Published());
        var page = await articles.NewestFirst().ToPagedListAsync(ArticleCard.FromArticle, pageNumber, PageSize, cancellationToken);
        var rows = await articles.GroupBy(a => a.Kind)
                .Select(g => new FacetRow { Part = Part.Kind, Kind = g.Key, Country = null, Year = 0, Month = 0, Count = g.Count() })
            .Concat(articles.Where(a => a.Country != null).GroupBy(a => a.Country)
                .Select(g => new FacetRow { Part = Part.Country, Kind = null, Country = g.Key, Year = 0, Month = 0, Count = g.Count() }))
            .Concat(articles.Where(a => a.PublishedOn != null).GroupBy(a => new { a.PublishedOn!.Value.Year, a.PublishedOn.Value.Month })
                .Select(g => new FacetRow { Part = Part.Month, Kind = null, Country = null, Year = g.Key.Year, Month = g.Key.Month, Count = g.Count() }))
            .ToListAsync(cancellationToken);
        return new ArchivePage(page, new ArchiveFacets(
            [.. rows.Where(r => r.Part == Part.Kind).OrderBy(r => r.Kind).Select(r => (r.Kind!.Value, r.Count))],
            [.. rows.Where(r => r.Part == Part.Country).OrderByDescending(r => r.Count).ThenBy(r => r.Country, StringComparer.CurrentCulture).Select(r => (r.Country!, r.Count))],
            [.. rows.Where(r => r.Part == Part.Month).OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).Select(r => (r.Year, r.Month, r.Count))]));
    }

    /// <summary>One row shape for the three facets, every member set in each part of the UNION.</summary>
    private sealed class FacetRow
    {
        public Part Part { get; init; }
        public ArticleKind? Kind { get; init; }
        public string? Country { get; init; }
        public int Year { get; init; }
        public int Month { get; init; }
        public int Count { get; init; }
    }
}
