using CrimeArchive.Web.Reading.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Articles;

public class DetailsModel(ArticleQuery query) : PageModel
{
    public ArticleDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(slug, cancellationToken) is not { } details)
        {
            return await query.RenamedAsync(slug, cancellationToken) is { } renamed
                ? RedirectToPagePermanent("/Articles/Details", new { slug = renamed })
                : NotFound();
        }
        Details = details;
        return Page();
    }
}
