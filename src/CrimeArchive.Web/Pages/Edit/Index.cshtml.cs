using CrimeArchive.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Edit;

/// <summary>The newsroom's start page.</summary>
public class IndexModel : PageModel
{
    public string EditorName => User.FindFirst(EditorClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public void OnGet()
    {
    }
}
