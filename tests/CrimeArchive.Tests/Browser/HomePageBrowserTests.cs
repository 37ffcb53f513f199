using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class HomePageBrowserTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_home_page_links_to_imported_articles_in_a_real_browser()
    {
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt")]);
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        var page = await session.NewPageAsync(1100, 900);

        await page.OpenAsync(session.Address);
        await page.Locator("ul.cards a").First.ClickAsync();

        Assert.StartsWith("/articles/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("six private guards", await page.Locator("article").InnerTextAsync(), StringComparison.Ordinal);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "article.png"), FullPage = true });
    }
}
