using System.Globalization;
using CrimeArchive.Search;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace CrimeArchive.Web.Pages.Search;

/// <summary>The results page. Every parameter arrives as text and is read leniently: a value that
/// makes no sense is dropped with a notice, so that any address gives a page, never an error.</summary>
public class IndexModel(ArchiveSearch search, SearchIndex index) : PageModel
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "country")] public string? Country { get; set; }
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "lang")] public string? Language { get; set; }
    [FromQuery(Name = "group")] public string? Group { get; set; }
    [FromQuery(Name = "person")] public string? Person { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }

    public SearchResults? Results { get; private set; }
    public List<string> Notices { get; } = [];
    public bool Preparing { get; private set; }
    public bool Newest => Sort == "newest";

    public IActionResult OnGet()
    {
        if (!index.IsReady)
        {
            Preparing = true;
            Response.Headers.RetryAfter = "5";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        var request = new SearchRequest(Q)
        {
            Kind = Text(Kind),
            Country = Text(Country),
            Year = Text(Year),
            Language = Text(Language),
            Group = Id(Group, "group"),
            Person = Id(Person, "person"),
            From = Date(From, "from", first: true),
            To = Date(To, "to", first: false),
            Sort = Newest ? SearchSort.Newest : SearchSort.Relevance,
            Page = PageOf(PageNumber),
        };
        Results = search.Search(request);
        Notices.AddRange(Results.Notices);
        return Page();
    }

    /// <summary>The page's parameters as the address gives them, page number aside: the one list
    /// that links, the dates form and the facets' current values are made from.</summary>
    public IEnumerable<(string Name, string? Value)> Parameters() =>
    [
        ("q", Q), ("kind", Kind), ("country", Country), ("year", Year), ("lang", Language), ("group", Group),
        ("person", Person), ("from", From), ("to", To), ("sort", Sort),
    ];

    /// <summary>This page's address with some parameters changed (null removes one); the page
    /// number is dropped unless given.</summary>
    public string With(params (string Name, object? Value)[] changes)
    {
        var values = new RouteValueDictionary();
        foreach (var (name, value) in Parameters())
            values[name] = value;
        foreach (var (name, value) in changes)
            values[name] = value;
        foreach (var empty in values.Where(v => v.Value is null || (v.Value is string text && string.IsNullOrWhiteSpace(text))).Select(v => v.Key).ToList())
            values.Remove(empty);
        return Url.Page("/Search/Index", values) ?? "/search";
    }

    /// <summary>The value a facet is filtered on now, if any.</summary>
    public string? Current(string field) => Parameters().FirstOrDefault(p => p.Name == Parameter(field)).Value;

    public static string Parameter(string field) => field == SearchFields.Language ? "lang" : field;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 200)];

    private long? Id(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return id;
        Notices.Add($"The {name} filter was not understood and was left out.");
        return null;
    }

    private DateOnly? Date(string? value, string name, bool first)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            return first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        Notices.Add($"The “{name}” date was not understood (use YYYY-MM-DD) and was left out.");
        return null;
    }

    private int PageOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return 1;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var page) && page >= 1)
            return page;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return int.MaxValue;
        Notices.Add("The page number was not understood; showing the first page.");
        return 1;
    }
}
