using System.Security.Claims;
using CrimeArchive.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Web.Pages.Account;

/// <summary>What the sign-in cookie says about an editor beyond Identity's defaults: the name to show
/// and whether the password handed out must still be replaced.</summary>
public sealed class EditorClaims(UserManager<EditorAccount> users, RoleManager<IdentityRole<long>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorAccount, IdentityRole<long>>(users, roles, options)
{
    public const string DisplayName = "display_name";
    public const string MustChangePassword = "must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorAccount account)
    {
        var identity = await base.GenerateClaimsAsync(account);
        identity.AddClaim(new Claim(DisplayName, account.DisplayName));
        if (account.MustChangePassword)
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        return identity;
    }
}
