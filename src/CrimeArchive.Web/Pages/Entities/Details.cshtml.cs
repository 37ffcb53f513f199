using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Entities;

/// <summary>A profile: every fact with the sentence and article that state it, disagreements side by side.</summary>
public class DetailsModel(ProfileQuery query) : PageModel
{
    public Profile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, string slug, [FromQuery(Name = "p")] int page, CancellationToken cancellationToken)
    {
        // The entitykind route constraint has already refused any other segment.
        if (!EntityKinds.TryParseSegment(kind, out var entityKind))
            return NotFound();
        if (await query.FindAsync(entityKind, slug, page, cancellationToken) is not { } profile)
        {
            return await query.RenamedAsync(entityKind, slug, cancellationToken) is { } renamed
                ? RedirectToPagePermanent("/Entities/Details", new { kind, slug = renamed })
                : NotFound();
        }
        Profile = profile;
        return Page();
    }
}
