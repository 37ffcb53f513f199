using System.Text;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>How a test goes to a page and waits for it. Playwright's own wait for the load event now and
/// then never returned under a full CI run on this shared machine though the page was there (its log
/// showed only "networkidle" fired, the symptom of microsoft/playwright#28789). Its wait for an address
/// falls back on that same load event whenever the address already matches when the wait begins, so a
/// test here never uses either: it asks the page itself, every 100 ms, for its address and whether it
/// has loaded.</summary>
public static class PageArrival
{
    private static readonly PageGotoOptions CommittedGoto = new() { WaitUntil = WaitUntilState.Commit };
    private static readonly PageWaitForFunctionOptions Polled = new() { PollingInterval = 100 };

    private const string LoadedAtAddress =
        "pattern => new RegExp(pattern).test(location.href) && document.readyState === 'complete'";

    public static async Task<IResponse?> OpenAsync(this IPage page, Uri address)
    {
        var response = await page.GotoAsync(address.ToString(), CommittedGoto);
        await page.WaitForFunctionAsync("document.readyState === 'complete'", null, Polled);
        return response;
    }

    public static async Task ArriveAtAsync(this IPage page, string urlGlob) =>
        await page.WaitForFunctionAsync(LoadedAtAddress, PatternOf(urlGlob), Polled);

    /// <summary>The glob as a JavaScript pattern, read as Playwright reads one: '**' is anything, '*' is
    /// anything but a slash, every other character stands for itself.</summary>
    public static string PatternOf(string urlGlob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < urlGlob.Length; i++)
        {
            var c = urlGlob[i];
            if (c == '*' && i + 1 < urlGlob.Length && urlGlob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else if (c == '*')
                pattern.Append("[^/]*");
            else
            {
                if (@"\^$.|?+()[]{}/".Contains(c))
                    pattern.Append('\\');
                pattern.Append(c);
            }
        }
        return pattern.Append('$').ToString();
    }
}
