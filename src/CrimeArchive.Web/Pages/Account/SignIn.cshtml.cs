using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CrimeArchive.Web.Pages.Account;

[EnableRateLimiting(AuthServices.SignInLimit)]
public class SignInModel(SignInManager<EditorAccount> signIn, UserManager<EditorAccount> users, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: the account {Email} is locked out", Input.Email);
            ModelState.AddModelError("", "Too many failed attempts: this account is locked for a while. Try again later or ask an admin.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "That e-mail address and password do not match an editor's account.");
            return Page();
        }
        var account = await users.FindByEmailAsync(Input.Email.Trim());
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/edit";
        return account?.MustChangePassword == true
            ? RedirectToPage("/Account/Password", new { returnUrl = next })
            : LocalRedirect(next);
    }
}

public sealed class SignInInput
{
    [Required, EmailAddress, Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
