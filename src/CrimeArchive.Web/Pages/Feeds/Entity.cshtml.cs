using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>The newest articles naming one group, person or place, as an Atom feed.</summary>
public class EntityModel(FeedQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        if (!EntityKinds.TryParseSegment(kind, out var entityKind) || await query.ForEntityAsync(entityKind, slug, cancellationToken) is not { } found)
            return NotFound();
        return AtomFeed.Write($"urn:crimearchive:{kind}:{slug}", $"CrimeArchive: {found.Subject.Title}",
            Request.Absolute(Url.Page("/Entities/Details", new { kind, slug })!), Request.Absolute(Url.Page("/Feeds/Entity", new { kind, slug })!), found.Entries,
            e => Request.Absolute(Url.Page("/Articles/Details", new { slug = e.Slug })!));
    }
}
