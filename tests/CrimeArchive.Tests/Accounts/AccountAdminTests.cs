using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Accounts;

public class AccountAdminTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_admin_creates_an_editor_whose_password_is_shown_once_and_works()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var admin = await EditorBrowser.SignedInAsync(factory, "desk.chief@example.org", admin: true);

        var created = await admin.PostFormAsync("/edit/editors?handler=Create",
            new() { ["Input.Email"] = "new.reporter@example.org", ["Input.DisplayName"] = "Nueva Reportera" }, formPath: "/edit/editors");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = new HtmlParser().ParseDocument(await created.Content.ReadAsStringAsync());
        var password = page.QuerySelector(".one-time-password")?.TextContent;
        Assert.False(string.IsNullOrEmpty(password));
        Assert.Contains(page.QuerySelectorAll("table.accounts td"), td => td.TextContent == "Nueva Reportera");

        var list = await admin.Client.GetStringAsync(new Uri("/edit/editors", UriKind.Relative));
        Assert.DoesNotContain(password, list, StringComparison.Ordinal);
        var reporter = EditorBrowser.For(factory);
        var signedIn = await reporter.SignInAsync("new.reporter@example.org", password!);
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_editor_cannot_sign_in_and_a_new_password_lets_them_back()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var admin = await EditorBrowser.SignedInAsync(factory, "night.desk@example.org", admin: true);
        var editor = await EditorBrowser.CreateAccountAsync(factory, "leaving.soon@example.org");
        var id = editor.Account!.Id;

        await admin.PostFormAsync($"/edit/editors?handler=Disable&id={id}&disabled=true", [], formPath: "/edit/editors");
        var refused = await EditorBrowser.For(factory).SignInAsync("leaving.soon@example.org", editor.OneTimePassword!);
        Assert.Contains("locked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await admin.PostFormAsync($"/edit/editors?handler=Disable&id={id}&disabled=false", [], formPath: "/edit/editors");
        var reset = await admin.PostFormAsync($"/edit/editors?handler=Reset&id={id}", [], formPath: "/edit/editors");
        var password = new HtmlParser().ParseDocument(await reset.Content.ReadAsStringAsync()).QuerySelector(".one-time-password")!.TextContent;
        Assert.NotEqual(editor.OneTimePassword, password);
        var back = await EditorBrowser.For(factory).SignInAsync("leaving.soon@example.org", password);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var admin = await EditorBrowser.SignedInAsync(factory, "only.admin@example.org", admin: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        var self = (await users.FindByEmailAsync("only.admin@example.org"))!;

        await admin.PostFormAsync($"/edit/editors?handler=Admin&id={self.Id}&admin=false", [], formPath: "/edit/editors");
        Assert.True(await users.IsInRoleAsync(self, EditorRoles.Admin));
    }

    [Fact]
    public async Task A_duplicate_address_comes_back_with_the_form_filled_in()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var admin = await EditorBrowser.SignedInAsync(factory, "twice.admin@example.org", admin: true);
        var again = await admin.PostFormAsync("/edit/editors?handler=Create",
            new() { ["Input.Email"] = "twice.admin@example.org", ["Input.DisplayName"] = "Someone Else" }, formPath: "/edit/editors");
        var page = new HtmlParser().ParseDocument(await again.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector(".one-time-password"));
        Assert.Equal("Someone Else", page.QuerySelector("input[name='Input.DisplayName']")?.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent);
    }
}
