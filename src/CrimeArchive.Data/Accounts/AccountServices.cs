using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Data.Accounts;

public static class AccountServices
{
    /// <summary>Editor accounts in the archive's database, with the newsroom's rules for passwords,
    /// lockout and user names: what the web app signs in with and what the CLI creates accounts with.</summary>
    public static IdentityBuilder AddEditorAccounts(this IServiceCollection services)
    {
        services.AddScoped<EditorAccounts>();
        return services.AddIdentityCore<EditorAccount>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (as NIST's guidance has it): a phrase of four words is fine.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<long>>()
            .AddEntityFrameworkStores<ArchiveDbContext>();
    }
}
