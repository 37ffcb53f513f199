using System.Threading.RateLimiting;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;

namespace CrimeArchive.Web.Hosting;

public static class AuthServices
{
    public const string EditorPolicy = "Editor";
    public const string AdminPolicy = "Admin";
    public const string SignInLimit = "sign-in";

    /// <summary>Editors' sign-in: accounts, the cookie, who may open what, and a limit on sign-in
    /// attempts per address (lockout per account stops guessing one password; this stops trying many).</summary>
    public static IServiceCollection AddArchiveAuth(this IServiceCollection services)
    {
        services.AddEditorAccounts()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<EditorClaims>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.Cookie.Name = "crimearchive.editor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            // A signed-in reader or editor without the role gets a plain 403 page, not a sign-in loop.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A disabled account or a changed role takes effect within a minute, not at the cookie's end.
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(EditorRoles.Editor, EditorRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(EditorRoles.Admin));
        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reading the form"));
        });
        return services;
    }
}
