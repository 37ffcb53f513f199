using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>axe-core over a page in the browser: what it finds of serious or critical impact.</summary>
public static class AccessibilityCheck
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string label)
    {
        var result = await page.RunAxe();
        // Proof that axe ran its rules on the page, not that it found nothing to run.
        Assert.NotEmpty(result.Passes);
        return
        [
            .. result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{label}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"),
        ];
    }
}
