using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Account;

/// <summary>Change one's password: required before anything else when the password was handed out.</summary>
[Authorize]
public class PasswordModel(UserManager<EditorAccount> users, SignInManager<EditorAccount> signIn) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool MustChange => User.HasClaim(EditorClaims.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var account = await users.GetUserAsync(User);
        if (account is null)
            return Challenge();
        var changed = await users.ChangePasswordAsync(account, Input.Current, Input.New);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
                ModelState.AddModelError(error.Code.Contains("Mismatch", StringComparison.Ordinal) ? "Input.Current" : "Input.New", error.Description);
            return Page();
        }
        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        await signIn.RefreshSignInAsync(account);
        TempData["Notice"] = "Your password is changed.";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/edit");
    }
}

public sealed class PasswordInput
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string Current { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password"), StringLength(200, MinimumLength = 12)]
    public string New { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password again"), Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    public string Confirm { get; set; } = "";
}
