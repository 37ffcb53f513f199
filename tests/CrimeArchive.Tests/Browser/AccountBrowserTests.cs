using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class AccountBrowserTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_first_admin_signs_in_chooses_a_password_and_adds_an_editor()
    {
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        var handedOut = (await EditorBrowser.CreateAccountAsync(session.App, "chief@example.org", admin: true)).OneTimePassword!;
        var page = await session.NewPageAsync(1200, 900);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);

        await page.OpenAsync(new Uri(session.Address, "/edit"));
        await page.ArriveAtAsync("**/account/signin**");
        await page.GetByLabel("E-mail address").FillAsync("chief@example.org");
        await page.GetByLabel("Password").FillAsync(handedOut);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-signin.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.ArriveAtAsync("**/account/password**");
        await page.GetByLabel("Current password").FillAsync(handedOut);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("the desk opens at six");
        await page.GetByLabel("New password again").FillAsync("the desk opens at six");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");
        Assert.Contains("Your password is changed", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Editors' accounts" }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync("reporter@example.org");
        await page.GetByLabel("Name shown on their work").FillAsync("Marta Villalobos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        var password = await page.Locator(".one-time-password").InnerTextAsync();
        Assert.Equal(20, password.Trim().Length);
        Assert.Equal(2, await page.Locator("table.accounts tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-accounts.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-accounts-phone.png"), FullPage = true });
    }
}
