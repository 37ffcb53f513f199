using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>How a test goes to a page and waits for it. Playwright's own wait for the load event now and
/// then never returned under a full CI run on this shared machine though the page was there (its log
/// showed only "networkidle" fired, the symptom of microsoft/playwright#28789): a navigation here waits
/// for the response to commit, then asks the page itself whether it has loaded.</summary>
public static class PageArrival
{
    private static readonly PageGotoOptions CommittedGoto = new() { WaitUntil = WaitUntilState.Commit };
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
    private static readonly PageWaitForFunctionOptions Polled = new() { PollingInterval = 100 };

    public static async Task<IResponse?> OpenAsync(this IPage page, Uri address)
    {
        var response = await page.GotoAsync(address.ToString(), CommittedGoto);
        await page.LoadedAsync();
        return response;
    }

    public static async Task ArriveAtAsync(this IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, Committed);
        await page.LoadedAsync();
    }

    private static async Task LoadedAsync(this IPage page) =>
        await page.WaitForFunctionAsync("document.readyState === 'complete'", null, Polled);
}
