using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace CrimeArchive.Web.Rendering;

/// <summary>The one Markdown pipeline: built once, raw HTML off, and links whose address is not
/// http(s), mailto or site-relative rendered as plain text (no javascript: or data: URLs).</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    /// <param name="entityLinks">When given, the first mention of each entity becomes a link to its profile.</param>
    public static HtmlString ToHtml(string? markdown, EntityLinks? entityLinks = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return HtmlString.Empty;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                link.ReplaceBy(new LiteralInline(text), copyChildren: false);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        // After the safety pass: these links are the site's own profile addresses.
        entityLinks?.Apply(document);
        return new HtmlString(document.ToHtml(Pipeline));
    }

    /// <summary>The words alone, for a page's description: no marks, no link addresses.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline);

    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return false;
        var trimmed = url.Trim();
        // "//host" and "/\host" leave the site.
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("/\\", StringComparison.Ordinal))
            return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }
}
