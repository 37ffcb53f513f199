using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Entities;

/// <summary>The A–Z index of groups, people or places.</summary>
public class IndexModel(EntityListQuery query) : PageModel
{
    public EntityKindNames Kind { get; private set; } = null!;
    public EntityIndexPage Index { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, string? letter, int p = 1, CancellationToken cancellationToken = default)
    {
        // The entitykind route constraint has already refused any other segment.
        if (!EntityKinds.TryParseSegment(kind, out var entityKind))
            return NotFound();
        string? parsed;
        try
        {
            parsed = EntityListQuery.ParseLetter(letter);
        }
        catch (FormatException)
        {
            return BadRequest();
        }
        Kind = entityKind.Names();
        Index = await query.ByKindAsync(entityKind, parsed, p, cancellationToken);
        return Page();
    }
}
