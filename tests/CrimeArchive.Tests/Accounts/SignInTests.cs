using System.Net;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Accounts;

public class SignInTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_handed_out_password_must_be_changed_before_any_editor_page_opens()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var handedOut = (await EditorBrowser.CreateAccountAsync(factory, "first.signin@example.org")).OneTimePassword!;
        var browser = EditorBrowser.For(factory);

        var signedIn = await browser.SignInAsync("first.signin@example.org", handedOut);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var newsroom = await browser.Client.GetAsync(new Uri("/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, newsroom.StatusCode);
        Assert.StartsWith("/account/password", newsroom.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var changed = await browser.PostFormAsync("/account/password",
            new() { ["Input.Current"] = handedOut, ["Input.New"] = "a harbour at night 7", ["Input.Confirm"] = "a harbour at night 7" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await browser.Client.GetAsync(new Uri("/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_form_keeps_the_address()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await EditorBrowser.CreateAccountAsync(factory, "wrong.password@example.org");
        var browser = EditorBrowser.For(factory);

        var refused = await browser.SignInAsync("wrong.password@example.org", "not the password at all");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("do not match", html, StringComparison.Ordinal);
        Assert.Contains("value=\"wrong.password@example.org\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password at all", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var handedOut = (await EditorBrowser.CreateAccountAsync(factory, "locked.out@example.org")).OneTimePassword!;
        var browser = EditorBrowser.For(factory);
        for (var attempt = 0; attempt < 5; attempt++)
            await browser.SignInAsync("locked.out@example.org", "guess number " + attempt);

        var right = await browser.SignInAsync("locked.out@example.org", handedOut);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync(new Uri("/edit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var browser = EditorBrowser.For(factory);
        var token = await browser.AntiforgeryTokenAsync("/account/signin");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = $"nobody{attempt}@example.org", ["Input.Password"] = "whatever it is", ["__RequestVerificationToken"] = token,
            });
            statuses.Add((await browser.Client.PostAsync(new Uri("/account/signin", UriKind.Relative), form)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(new Uri("/account/signin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var browser = await EditorBrowser.SignedInAsync(factory, "signing.out@example.org");
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(new Uri("/edit", UriKind.Relative))).StatusCode);

        var signedOut = await browser.PostFormAsync("/account/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync(new Uri("/edit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Created_accounts_hold_the_roles_asked_for_and_a_password_to_change()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.CreateAccountAsync(factory, "plain.editor@example.org");
        var admin = await EditorBrowser.CreateAccountAsync(factory, "an.admin@example.org", admin: true);
        var given = await EditorBrowser.CreateAccountAsync(factory, "given.password@example.org", password: "chosen by the admin 42");

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        Assert.Equal([EditorRoles.Editor], await users.GetRolesAsync(editor.Account!));
        Assert.Equal([EditorRoles.Admin, EditorRoles.Editor], (await users.GetRolesAsync(admin.Account!)).Order());
        Assert.True(editor.Account!.MustChangePassword);
        Assert.Equal(20, editor.OneTimePassword!.Length);
        Assert.NotEqual(editor.OneTimePassword, admin.OneTimePassword);
        Assert.Null(given.OneTimePassword);
        Assert.True(await users.CheckPasswordAsync(given.Account!, "chosen by the admin 42"));
    }
}
