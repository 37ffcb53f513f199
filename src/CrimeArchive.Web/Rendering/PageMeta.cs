namespace CrimeArchive.Web.Rendering;

/// <summary>What a page says of itself to search engines and link previews: the description, the
/// one address it should be known by, and its OpenGraph type. Set by pages, written by the layout.</summary>
public sealed record PageMeta(string Description, string CanonicalPath, string OpenGraphType = "website")
{
    public const string Key = "PageMeta";
    private const int MaxDescription = 200;

    /// <summary>A description from Markdown: its words alone, on one line, cut at a word near 200 characters.</summary>
    public static string Describe(string? markdown)
    {
        var plain = string.Join(' ', MarkdownRenderer.ToPlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= MaxDescription)
            return plain;
        var cut = plain.LastIndexOf(' ', MaxDescription);
        return string.Concat(plain.AsSpan(0, cut > 0 ? cut : MaxDescription), "…");
    }
}
