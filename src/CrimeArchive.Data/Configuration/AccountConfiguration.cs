using CrimeArchive.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Data.Configuration;

/// <summary>Identity's tables under the archive's names (its defaults are AspNet-prefixed).</summary>
internal static class AccountConfiguration
{
    public static void MapAccounts(this ModelBuilder model)
    {
        model.Entity<EditorAccount>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.DisplayName).HasMaxLength(200);
        });
        model.Entity<IdentityRole<long>>().ToTable("roles");
        model.Entity<IdentityUserRole<long>>().ToTable("account_roles");
        model.Entity<IdentityUserClaim<long>>().ToTable("account_claims");
        model.Entity<IdentityUserLogin<long>>().ToTable("account_logins");
        model.Entity<IdentityUserToken<long>>().ToTable("account_tokens");
        model.Entity<IdentityRoleClaim<long>>().ToTable("role_claims");
    }
}
