using CrimeArchive.Web.Reading.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Articles;

/// <summary>The archive: every published article newest first, narrowed by kind, country and month.</summary>
public class IndexModel(ArchiveQuery query) : PageModel
{
    public ArchiveFilter Filter { get; private set; } = new();
    public ArchivePage Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kind, string? country, string? year, string? month, int p = 1, CancellationToken cancellationToken = default)
    {
        if (ArchiveFilter.Parse(kind, country, year, month) is not { } filter)
            return BadRequest();
        Filter = filter;
        Archive = await query.BrowseAsync(filter, p, cancellationToken);
        return Page();
    }
}
