using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class BriefBrowserTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_editor_writes_a_brief_with_a_live_preview_and_publishes_it()
    {
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await EditorBrowser.CreateAccountAsync(session.App, "desk@example.org", password: "the night desk password");
        var page = await session.NewPageAsync(1280, 1100);
        await page.OpenAsync(new Uri(session.Address, "/account/signin"));
        await page.GetByLabel("E-mail address").FillAsync("desk@example.org");
        await page.GetByLabel("Password").FillAsync("the night desk password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("the night desk password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("a new password for the desk");
        await page.GetByLabel("New password again").FillAsync("a new password for the desk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a new brief" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Fishermen paid to move cocaine off the Caribbean coast");
        await page.GetByLabel("Country").FillAsync("Nicaragua");
        await page.GetByLabel("Body (Markdown)").PressSequentiallyAsync("Authorities say **fishermen** were paid to carry loads.\n\nA [report](https://example.org/report) followed.",
            new LocatorPressSequentiallyOptions { Delay = 5 });
        await page.WaitForSelectorAsync("#body-preview strong");
        Assert.Equal("fishermen", await page.Locator("#body-preview strong").InnerTextAsync());
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-brief.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/edit/articles/*");
        Assert.Equal("Draft", await page.Locator(".state").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish now" }).ClickAsync();
        await page.WaitForSelectorAsync(".state-published");
        await page.GetByRole(AriaRole.Link, new() { Name = "see it as readers do" }).ClickAsync();
        Assert.Equal("Fishermen paid to move cocaine off the Caribbean coast", await page.Locator("article h1").InnerTextAsync());
        Assert.Equal("fishermen", await page.Locator("article strong").InnerTextAsync());
    }
}
