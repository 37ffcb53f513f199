using CrimeArchive.Web.Reading.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>The archive's newest articles as an Atom feed.</summary>
public class LatestModel(FeedQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await query.LatestAsync(cancellationToken);
        return AtomFeed.Write("urn:crimearchive:latest", "CrimeArchive: latest reporting", Request.Absolute("/"), Request.Absolute("/feeds/latest.atom"), entries,
            e => Request.Absolute(Url.Page("/Articles/Details", new { slug = e.Slug })!));
    }
}
