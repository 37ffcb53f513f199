using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using CrimeArchive.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Search;

/// <summary>Autocomplete of entity names for the search box, as JSON.</summary>
public class SuggestModel(ArchiveSearch search, SearchIndex index) : PageModel
{
    public sealed record Suggestion(string Name, string Kind, string Url, string? Alias);

    public IActionResult OnGet([FromQuery(Name = "q")] string? q)
    {
        if (!index.IsReady || string.IsNullOrWhiteSpace(q))
            return new JsonResult(Array.Empty<Suggestion>());
        var suggestions = search.Suggest(q)
            .Select(s => new Suggestion(s.Name, s.Kind.Names().Singular, Url.Page("/Entities/Details", new { kind = s.Kind.Segment(), slug = s.Slug })!, s.Alias));
        return new JsonResult(suggestions);
    }
}
