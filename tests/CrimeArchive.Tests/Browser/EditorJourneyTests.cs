using CrimeArchive.Data;
using CrimeArchive.Tests.Editing.Articles;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>The newsroom's day in one walk: sign in, write a brief about a known group's leader being
/// captured, accept what the extraction proposes, publish, and find the brief where readers look.</summary>
public class EditorJourneyTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task An_editor_writes_a_capture_brief_accepts_the_proposals_publishes_and_readers_find_it()
    {
        Entity leader, group;
        await using (var db = database.CreateContext())
            (leader, group) = await BriefProposalsTests.LeaderAndGroupAsync(db);
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await session.SearchReadyAsync();
        await EditorBrowser.CreateAccountAsync(session.App, "journey@example.org", password: "the first password given");
        var page = await session.NewPageAsync(1280, 1000);
        string Shot(string name) => Path.Combine(BrowserSession.ScreenshotFolder, name);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);

        await page.OpenAsync(new Uri(session.Address, "/edit"));
        await page.GetByLabel("E-mail address").FillAsync("journey@example.org");
        await page.GetByLabel("Password").FillAsync("the first password given");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("the first password given");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("my own password for the desk");
        await page.GetByLabel("New password again").FillAsync("my own password for the desk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a new brief" }).ClickAsync();
        var title = $"Police capture {leader.Name} in a border raid";
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Country").FillAsync("Colombia");
        await page.GetByLabel("Body (Markdown)").FillAsync(
            $"Police captured {leader.Name}, the leader of the {group.Name}, on Tuesday in a rural area near the border.\n\nThe operation involved two hundred officers and a helicopter.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync(".proposals");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("editor-proposals.png"), FullPage = true });

        var link = page.Locator(".proposal", new() { HasText = $"Link to the archive's group {group.Name}" });
        await link.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForSelectorAsync(".proposal-accepted");
        var status = page.Locator(".proposal", new() { HasText = "Status" }).Filter(new() { HasText = "Captured" });
        await status.GetByRole(AriaRole.Button).First.ClickAsync();
        await page.WaitForSelectorAsync(".proposal-accepted >> text=Captured");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish now" }).ClickAsync();
        await page.WaitForSelectorAsync(".state-published");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("editor-published.png"), FullPage = true });

        await page.OpenAsync(session.Address);
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync());
        await page.OpenAsync(new Uri(session.Address, $"/groups/{group.Slug}"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() >= 1);
        await page.OpenAsync(new Uri(session.Address, $"/people/{leader.Slug}"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() >= 1);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.OpenAsync(new Uri(session.Address, "/search?q=" + Uri.EscapeDataString("border raid helicopter")));
            if (await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() > 0)
                break;
            await Task.Delay(200);
        }
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync());
    }
}
