using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class ProfileDisagreementTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_profile_shows_a_disagreement_with_both_citations()
    {
        // Two profiles of one man that give different dates of birth.
        await database.CreateImporter().ImportAsync([Fixtures.Import("ruiz_profile.txt"), Fixtures.Import("ruiz_profile_later.txt")]);
        string slug;
        await using (var db = database.CreateContext())
            slug = await db.Entities.Where(e => e.Name == "Mario Ruiz Tapia").Select(e => e.Slug).SingleAsync();

        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        var page = await session.NewPageAsync(1100, 1400);
        var response = await page.OpenAsync(new Uri(session.Address, $"/people/{slug}"));

        Assert.Equal(200, response!.Status);
        var disagreement = page.Locator(".disagreement");
        Assert.Equal(1, await disagreement.CountAsync());
        var text = await disagreement.InnerTextAsync();
        Assert.Contains("May 3, 1961", text, StringComparison.Ordinal);
        Assert.Contains("May 3, 1963", text, StringComparison.Ordinal);
        // Each side cites the profile text it comes from as a link to the profile, never as a file name.
        Assert.Equal(2, await disagreement.Locator($"a[href='/people/{slug}']").CountAsync());
        Assert.DoesNotContain(".txt", text, StringComparison.Ordinal);

        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        var file = Path.Combine(BrowserSession.ScreenshotFolder, "profile-disagreement.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    [Fact]
    public async Task A_reported_surrender_and_its_denial_appear_side_by_side_with_their_articles()
    {
        string Own(string name) => Path.Combine(RepoPaths.Root, "tests", "CrimeArchive.Import.Tests", "Fixtures", "own", "texts", name);
        await database.CreateImporter().ImportAsync([Own("s22_disagree_surrender_report.txt"), Own("s23_disagree_surrender_denied.txt")]);
        string slug;
        await using (var db = database.CreateContext())
            slug = await db.Entities.Where(e => e.NormalizedName.StartsWith("yorman")).Select(e => e.Slug).SingleAsync();

        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        var page = await session.NewPageAsync(1100, 1200);
        await page.OpenAsync(new Uri(session.Address, $"/people/{slug}"));

        var sides = page.Locator(".disagreement .side");
        Assert.Equal(2, await sides.CountAsync());
        var text = await page.Locator(".disagreement").InnerTextAsync();
        Assert.Contains("Surrendered", text, StringComparison.Ordinal);
        Assert.Contains("At large", text, StringComparison.Ordinal);
        // Following a citation leads to the article that states it.
        await page.Locator(".disagreement a").First.ClickAsync();
        Assert.StartsWith("/articles/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GoBackAsync();

        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "profile-surrender-disagreement.png"), FullPage = true });
    }
}
