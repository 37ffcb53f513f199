using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data;
using CrimeArchive.Data.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Editors;

public sealed record EditorRow(long Id, string Email, string DisplayName, bool Admin, bool Disabled, bool MustChangePassword, DateTimeOffset CreatedAt);

/// <summary>Admins manage editors' accounts: create one, hand out a new password, disable, make admin.</summary>
public class IndexModel(ArchiveDbContext db, EditorAccounts accounts) : PageModel
{
    public IReadOnlyList<EditorRow> Editors { get; private set; } = [];

    [BindProperty]
    public NewEditorInput Input { get; set; } = new();

    /// <summary>Shown once, on the page that answers the form: never stored, never redirected with.</summary>
    public (string Email, string Password)? HandedOut { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var created = await accounts.CreateAsync(Input.Email, Input.DisplayName, Input.Admin);
            foreach (var error in created.Errors)
                ModelState.AddModelError("Input.Email", error);
            if (created.Succeeded)
            {
                HandedOut = (created.Account!.Email!, created.OneTimePassword!);
                Input = new NewEditorInput();
                ModelState.Clear();
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(long id, CancellationToken cancellationToken)
    {
        var reset = await accounts.ResetPasswordAsync(id);
        if (reset.Succeeded)
            HandedOut = (reset.Account!.Email!, reset.OneTimePassword!);
        else
            ModelState.AddModelError("", string.Join(" ", reset.Errors));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(long id, bool disabled)
    {
        if (disabled && id.ToString(System.Globalization.CultureInfo.InvariantCulture) == accounts.CurrentUserId(User))
        {
            TempData["Notice"] = "You cannot disable your own account.";
            return RedirectToPage();
        }
        var result = await accounts.SetDisabledAsync(id, disabled);
        TempData["Notice"] = result.Succeeded ? $"{result.Account!.Email} is {(disabled ? "disabled" : "enabled")}." : string.Join(" ", result.Errors);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAdminAsync(long id, bool admin)
    {
        if (!admin && id.ToString(System.Globalization.CultureInfo.InvariantCulture) == accounts.CurrentUserId(User))
        {
            TempData["Notice"] = "You cannot take away your own admin role.";
            return RedirectToPage();
        }
        var result = await accounts.SetAdminAsync(id, admin);
        TempData["Notice"] = result.Succeeded ? $"{result.Account!.Email} is {(admin ? "now" : "no longer")} an admin." : string.Join(" ", result.Errors);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var admins = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == EditorRoles.Admin)).Select(ur => ur.UserId);
        Editors = await db.Users.OrderBy(u => u.Email)
            .Select(u => new EditorRow(u.Id, u.Email!, u.DisplayName, admins.Contains(u.Id), u.LockoutEnd != null && u.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100),
                u.MustChangePassword, u.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}

public sealed class NewEditorInput
{
    [Required, EmailAddress, StringLength(256), Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [StringLength(200), Display(Name = "Name shown on their work")]
    public string? DisplayName { get; set; }

    [Display(Name = "Admin (may manage accounts)")]
    public bool Admin { get; set; }
}
