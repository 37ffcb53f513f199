using System.Text.RegularExpressions;

namespace CrimeArchive.Tests.Browser;

public class PageArrivalTests
{
    [Theory]
    [InlineData("**/edit", "http://127.0.0.1:5123/edit", true)]
    [InlineData("**/edit", "http://127.0.0.1:5123/edit/articles/4", false)]
    [InlineData("**/edit/articles/*", "http://127.0.0.1:5123/edit/articles/4", true)]
    [InlineData("**/edit/articles/*", "http://127.0.0.1:5123/edit/articles/4/revisions", false)]
    [InlineData("**/account/signin**", "http://127.0.0.1:5123/account/signin?ReturnUrl=%2Fedit", true)]
    [InlineData("**/search?q=Tordos", "http://127.0.0.1:5123/search?q=Tordos", true)]
    [InlineData("**/search?q=Tordos", "http://127.0.0.1:5123/searchXq=Tordos", false)]
    [InlineData("**year=*", "http://127.0.0.1:5123/briefs?year=2024", true)]
    public void A_glob_reads_as_Playwright_reads_it(string glob, string address, bool matches) =>
        Assert.Equal(matches, Regex.IsMatch(address, PageArrival.PatternOf(glob)));
}
