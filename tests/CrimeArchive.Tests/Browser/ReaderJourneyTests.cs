using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>A reader's way through the seeds in a real browser, at desktop and phone width, and
/// axe-core's check of every kind of reader page.</summary>
public class ReaderJourneyTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly (string Name, int Width, int Height)[] Widths = [("desktop", 1280, 900), ("phone", 390, 844)];

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        var file = Path.Combine(BrowserSession.ScreenshotFolder, $"reader-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_an_article_a_profile_a_citation_back_and_a_place()
    {
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        foreach (var (width, x, y) in Widths)
        {
            var page = await session.NewPageAsync(x, y);
            await page.OpenAsync(session.Address);
            await ShootAsync(page, $"home-{width}");

            // An article whose body links an entity: the journey follows the first such link.
            var linked = page.Locator("ul.cards a[href^='/articles/']");
            string? articlePath = null;
            for (var i = 0; i < await linked.CountAsync() && articlePath is null; i++)
            {
                await page.OpenAsync(session.Address);
                await page.Locator("ul.cards a[href^='/articles/']").Nth(i).ClickAsync();
                if (await page.Locator("article.article p a[href^='/groups/']").CountAsync() > 0)
                    articlePath = new Uri(page.Url).AbsolutePath;
            }
            Assert.NotNull(articlePath);
            await ShootAsync(page, $"article-{width}");

            await page.Locator("article.article p a[href^='/groups/']").First.ClickAsync();
            Assert.StartsWith("/groups/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            await ShootAsync(page, $"profile-{width}");

            // A citation on the profile leads back to the article that states it.
            await page.Locator($"blockquote.cite a[href='{articlePath}']").First.ClickAsync();
            Assert.Equal(articlePath, new Uri(page.Url).AbsolutePath);

            await page.Locator(".named a[href^='/places/']").First.ClickAsync();
            Assert.StartsWith("/places/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));
            await ShootAsync(page, $"place-{width}");
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_kind_of_reader_page_has_no_serious_or_critical_accessibility_violation()
    {
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await session.SearchReadyAsync();
        var page = await session.NewPageAsync(1280, 900);
        await page.OpenAsync(session.Address);
        var article = await page.Locator("ul.cards a[href^='/articles/']").First.GetAttributeAsync("href");
        string[] paths =
        [
            "/", article!, "/articles", "/articles?country=Colombia", "/groups", "/groups?letter=R", "/people", "/places",
            "/groups/rastrojos", "/people/luis-enrique-calle-serna", "/places/colombia", "/search?q=Rastrojos",
            "/no-such-page", "/account/signin",
        ];
        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.OpenAsync(new Uri(session.Address, path));
            failures.AddRange(await AccessibilityCheck.SeriousViolationsAsync(page, path));
        }
        Assert.Empty(failures);
    }
}
