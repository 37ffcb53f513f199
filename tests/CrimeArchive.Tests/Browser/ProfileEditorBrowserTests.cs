using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class ProfileEditorBrowserTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task An_editor_reaches_a_profiles_text_and_statements_from_the_public_profile()
    {
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await EditorBrowser.CreateAccountAsync(session.App, "curator@example.org", password: "the curator's own phrase");
        string slug;
        await using (var db = database.CreateContext())
            slug = await db.Entities.Where(e => e.Kind == CrimeArchive.Data.EntityKind.Group)
                .OrderByDescending(e => e.Sections.Count).ThenByDescending(e => e.Aliases.Count).Select(e => e.Slug).FirstAsync();
        var page = await session.NewPageAsync(1280, 1000);
        await page.OpenAsync(new Uri(session.Address, "/account/signin"));
        await page.GetByLabel("E-mail address").FillAsync("curator@example.org");
        await page.GetByLabel("Password").FillAsync("the curator's own phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("the curator's own phrase");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("another phrase for curating");
        await page.GetByLabel("New password again").FillAsync("another phrase for curating");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");

        await page.OpenAsync(new Uri(session.Address, $"/groups/{slug}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this profile" }).ClickAsync();
        await page.ArriveAtAsync("**/edit/profiles/*");
        Assert.True(await page.Locator("table.accounts tbody tr").CountAsync() > 0);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-profile.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "facts and relationships" }).ClickAsync();
        await page.ArriveAtAsync("**/statements");
        Assert.True(await page.Locator("table.statements").CountAsync() == 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "editor-statements.png"), FullPage = true });
    }
}
