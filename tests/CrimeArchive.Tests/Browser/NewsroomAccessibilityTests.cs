using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>axe-core on every kind of newsroom page, signed in as an admin in the browser.</summary>
public class NewsroomAccessibilityTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task Every_kind_of_newsroom_page_has_no_serious_or_critical_accessibility_violation()
    {
        long profile, article;
        await using (var db = database.CreateContext())
        {
            profile = await db.Entities.Where(e => e.Slug == "rastrojos").Select(e => e.Id).SingleAsync();
            article = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await EditorBrowser.CreateAccountAsync(session.App, "axe-admin@example.org", admin: true, password: "a password handed out");
        var page = await session.NewPageAsync(1280, 900);
        await page.OpenAsync(new Uri(session.Address, "/edit"));
        var failures = new List<string>(await AccessibilityCheck.SeriousViolationsAsync(page, "/account/signin"));
        await page.GetByLabel("E-mail address").FillAsync("axe-admin@example.org");
        await page.GetByLabel("Password").FillAsync("a password handed out");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        failures.AddRange(await AccessibilityCheck.SeriousViolationsAsync(page, "/account/password"));
        await page.GetByLabel("Current password").FillAsync("a password handed out");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("the admin's own password");
        await page.GetByLabel("New password again").FillAsync("the admin's own password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");

        string[] paths =
        [
            "/edit", "/edit/articles", "/edit/articles/new", $"/edit/articles/{article}", $"/edit/articles/{article}/history",
            $"/edit/profiles/{profile}", $"/edit/profiles/{profile}/statements", $"/edit/profiles/{profile}/history",
            "/edit/audit", "/edit/editors",
        ];
        foreach (var path in paths)
        {
            var response = await page.OpenAsync(new Uri(session.Address, path));
            Assert.Equal(200, response!.Status);
            failures.AddRange(await AccessibilityCheck.SeriousViolationsAsync(page, path));
        }
        Assert.Empty(failures);
    }
}
