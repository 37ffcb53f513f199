using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Tests.Search;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

public class SearchBrowserTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_reader_searches_from_the_header_with_a_typo_and_narrows_by_a_facet()
    {
        await database.CreateImporter().ImportAsync(SearchArchiveFixture.Folders);
        await using var session = await BrowserSession.StartAsync(database.ConnectionString);
        await session.SearchReadyAsync();
        var page = await session.NewPageAsync(1200, 1500);
        await page.OpenAsync(session.Address);

        // Autocomplete fills the datalist as the reader types.
        var box = page.Locator("header input[name=q]");
        await box.PressSequentiallyAsync("rastro", new LocatorPressSequentiallyOptions { Delay = 30 });
        await page.WaitForFunctionAsync("document.querySelectorAll('#entity-suggestions option').length > 0");
        await box.FillAsync("Rastrojoss");
        await box.PressAsync("Enter");
        await page.ArriveAtAsync("**/search?q=Rastrojoss");

        Assert.Contains("Showing results for", await page.Locator(".did-you-mean").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".entity-cards li").CountAsync() > 0);
        Assert.True(await page.Locator(".hits li mark").CountAsync() > 0);
        Assert.True(await page.Locator(".facets .facet").CountAsync() >= 3);
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "search-results.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 1400);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "search-results-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(1200, 1500);

        var before = await page.Locator("#results-heading").InnerTextAsync();
        await page.Locator(".facets a[href*='year=']").First.ClickAsync();
        await page.ArriveAtAsync("**year=*");
        Assert.NotEqual(before, await page.Locator("#results-heading").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".facets a[aria-label^='Remove filter']").CountAsync());
    }
}
