using System.Globalization;
using System.Security.Claims;
using CrimeArchive.Data;
using CrimeArchive.Web.Pages.Account;

namespace CrimeArchive.Web.Pages.Edit;

public static class EditorIdentity
{
    /// <summary>The signed-in editor as statements and revisions record them: account and display name.</summary>
    public static EditorRef AsEditor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new EditorRef
        {
            UserId = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId) ? userId : null,
            Name = user.FindFirstValue(EditorClaims.DisplayName) ?? user.Identity?.Name ?? "unknown editor",
        };
    }
}
