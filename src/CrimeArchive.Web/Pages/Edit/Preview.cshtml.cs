using CrimeArchive.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Edit;

/// <summary>The live preview's answer: Markdown rendered by the readers' pipeline (no raw HTML, no
/// script URLs), as a fragment of HTML.</summary>
public class PreviewModel : PageModel
{
    public const int MaxLength = 200_000;

    public IActionResult OnGet() => RedirectToPage("/Edit/Index");

    public IActionResult OnPost([FromForm] string? body)
    {
        if (body?.Length > MaxLength)
            return Content("<p>The text is too long to preview.</p>", "text/html");
        return Content(MarkdownRenderer.ToHtml(body).Value ?? "", "text/html");
    }
}
