using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CrimeArchive.Data.Accounts;

public sealed record AccountResult(EditorAccount? Account, string? OneTimePassword, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Account is not null;

    public static AccountResult Failed(params string[] errors) => new(null, null, errors);
}

/// <summary>Creating and looking after editors' accounts, for the CLI and the admins' page alike.
/// A password is handed out once (generated here, or given by whoever creates the account) and must be
/// replaced at first sign-in: there is no default password anywhere.</summary>
public sealed class EditorAccounts(UserManager<EditorAccount> users, RoleManager<IdentityRole<long>> roles, TimeProvider clock)
{
    // Letters and digits that cannot be misread for one another when a password is read out or copied.
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<AccountResult> CreateAsync(string email, string? displayName, bool admin, string? password = null)
    {
        email = email.Trim();
        var account = new EditorAccount
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var handedOut = password ?? NewPassword();
        var created = await users.CreateAsync(account, handedOut);
        if (!created.Succeeded)
            return AccountResult.Failed([.. created.Errors.Select(e => e.Description)]);
        await AddRoleAsync(account, EditorRoles.Editor);
        if (admin)
            await AddRoleAsync(account, EditorRoles.Admin);
        return new AccountResult(account, password is null ? handedOut : null, []);
    }

    /// <summary>A new handed-out password, for an editor who lost theirs; any lockout is lifted.</summary>
    public async Task<AccountResult> ResetPasswordAsync(long id)
    {
        if (await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } account)
            return AccountResult.Failed("There is no such account.");
        var password = NewPassword();
        // No reset token: the admin hands the password over in person, so no mail flow is needed.
        await users.RemovePasswordAsync(account);
        var reset = await users.AddPasswordAsync(account, password);
        if (!reset.Succeeded)
            return AccountResult.Failed([.. reset.Errors.Select(e => e.Description)]);
        account.MustChangePassword = true;
        await users.UpdateAsync(account);
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        return new AccountResult(account, password, []);
    }

    /// <summary>Disables or enables sign-in. Accounts are never deleted: statements keep pointing at them.</summary>
    public async Task<AccountResult> SetDisabledAsync(long id, bool disabled)
    {
        if (await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } account)
            return AccountResult.Failed("There is no such account.");
        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, disabled ? DateTimeOffset.MaxValue : null);
        // The cookie of a disabled editor stops working at its next validation.
        await users.UpdateSecurityStampAsync(account);
        return new AccountResult(account, null, []);
    }

    public async Task<AccountResult> SetAdminAsync(long id, bool admin)
    {
        if (await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } account)
            return AccountResult.Failed("There is no such account.");
        if (admin)
            await AddRoleAsync(account, EditorRoles.Admin);
        else
            await users.RemoveFromRoleAsync(account, EditorRoles.Admin);
        await users.UpdateSecurityStampAsync(account);
        return new AccountResult(account, null, []);
    }

    /// <summary>The signed-in account's id, as Identity keeps it in the cookie.</summary>
    public string? CurrentUserId(System.Security.Claims.ClaimsPrincipal user) => users.GetUserId(user);

    private async Task AddRoleAsync(EditorAccount account, string role)
    {
        if (!await roles.RoleExistsAsync(role))
            await roles.CreateAsync(new IdentityRole<long>(role));
        if (!await users.IsInRoleAsync(account, role))
            await users.AddToRoleAsync(account, role);
    }

    /// <summary>A random password of 20 letters and digits, with a digit among them.</summary>
    public static string NewPassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
            if (password.Any(char.IsDigit) && password.Any(char.IsLower))
                return password;
        }
    }
}
