using CrimeArchive.Cli.Verbs;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Accounts;

public class CreateEditorVerbTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private async Task<EditorAccount> AccountAsync(string email)
    {
        await using var db = database.CreateContext();
        return await db.Users.SingleAsync(u => u.Email == email);
    }

    [Fact]
    public async Task Create_editor_prints_a_one_time_password_that_signs_the_account_in()
    {
        var output = new StringWriter();
        var exit = await CreateEditorVerb.RunAsync(database.CreateContext, "cli.admin@example.org", "Desk Chief", admin: true, password: null, output, new StringWriter());

        Assert.Equal(0, exit);
        var password = output.ToString().Split(": ")[^1].Trim();
        var account = await AccountAsync("cli.admin@example.org");
        Assert.Equal("Desk Chief", account.DisplayName);
        Assert.True(account.MustChangePassword);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<EditorAccount>().VerifyHashedPassword(account, account.PasswordHash!, password));
        await using var db = database.CreateContext();
        var roles = await db.UserRoles.Where(ur => ur.UserId == account.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([EditorRoles.Admin, EditorRoles.Editor], roles.Order());
    }

    [Fact]
    public async Task Create_editor_takes_a_password_given_to_it_and_prints_none()
    {
        var output = new StringWriter();
        var exit = await CreateEditorVerb.RunAsync(database.CreateContext, "cli.given@example.org", null, admin: false, "read from standard input 9", output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.DoesNotContain("read from standard input 9", output.ToString(), StringComparison.Ordinal);
        var account = await AccountAsync("cli.given@example.org");
        Assert.NotEqual(PasswordVerificationResult.Failed,
            new PasswordHasher<EditorAccount>().VerifyHashedPassword(account, account.PasswordHash!, "read from standard input 9"));
    }

    [Theory]
    [InlineData("not an address", null)]
    [InlineData("cli.short@example.org", "short")]
    public async Task Create_editor_refuses_a_bad_address_or_a_weak_password_and_creates_nothing(string email, string? password)
    {
        var errors = new StringWriter();
        var exit = await CreateEditorVerb.RunAsync(database.CreateContext, email, null, admin: false, password, new StringWriter(), errors);

        Assert.Equal(2, exit);
        Assert.Contains("not created", errors.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }
}
