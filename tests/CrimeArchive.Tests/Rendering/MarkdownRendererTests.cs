using CrimeArchive.Web.Rendering;

namespace CrimeArchive.Tests.Rendering;

public class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_is_escaped_not_rendered()
    {
        var html = MarkdownRenderer.ToHtml("Police said <script>alert(1)</script> nothing.").Value!;
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](/\\evil.example)")]
    [InlineData("[click](//evil.example)")]
    public void Script_urls_lose_their_link(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown).Value!;
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Equal("<p>click</p>", html.Trim());
    }

    [Fact]
    public void Ordinary_links_and_emphasis_render()
    {
        var html = MarkdownRenderer.ToHtml("See [the report](https://example.org/report) and *this*.").Value!;
        Assert.Contains("href=\"https://example.org/report\"", html, StringComparison.Ordinal);
        Assert.Contains("<em>this</em>", html, StringComparison.Ordinal);
    }
}
