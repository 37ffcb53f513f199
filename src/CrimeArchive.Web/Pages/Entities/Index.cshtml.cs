using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Entities;

public class IndexModel(EntityListQuery query) : PageModel
{
    public EntityKindNames Kind { get; private set; } = null!;
    public IReadOnlyList<EntityRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        // The entitykind route constraint has already refused any other segment.
        if (!EntityKinds.TryParseSegment(kind, out var entityKind))
            return NotFound();
        Kind = entityKind.Names();
        Rows = await query.ByKindAsync(entityKind, cancellationToken);
        return Page();
    }
}
