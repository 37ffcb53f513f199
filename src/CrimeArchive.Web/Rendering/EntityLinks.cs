using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CrimeArchive.Web.Rendering;

/// <summary>Links the first mention of each entity in an article's text to its profile. Works on the
/// Markdown tree, between parsing and writing, so it never cuts into a tag or an existing link; one
/// instance is shared by the body and the analysis, so an entity linked in the body is not linked again.</summary>
public sealed class EntityLinks
{
    private readonly List<Target> targets;
    private readonly HashSet<string> linked = new(StringComparer.Ordinal);

    /// <param name="entities">The profile address, the name shown as the link's title, and the words
    /// the text names the entity by.</param>
    public EntityLinks(IEnumerable<(string Url, string Name, IEnumerable<string> Surfaces)> entities) =>
        // Longest words first, so "Javier Antonio Calle Serna" wins over "Calle Serna" where both start.
        targets = [.. entities
            .SelectMany(e => e.Surfaces.Where(s => s.Length > 1).Select(s => new Target(s, e.Url, e.Name)))
            .OrderByDescending(t => t.Surface.Length)];

    internal void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (InsideLinkOrHeading(literal))
                continue;
            var current = literal;
            while (current is not null && Earliest(current.Content.ToString()) is var (start, target) && target is not null)
                current = Split(current, start, target);
        }
    }

    private (int Start, Target? Target) Earliest(string text)
    {
        (int Start, Target? Target) best = (int.MaxValue, null);
        foreach (var target in targets)
        {
            if (linked.Contains(target.Url))
                continue;
            var at = WholeWordIndex(text, target.Surface);
            if (at >= 0 && at < best.Start)
                best = (at, target);
        }
        return best;
    }

    /// <summary>Replaces the literal by its text before the mention, the link, and its text after;
    /// returns the part after, which may hold other entities' mentions.</summary>
    private LiteralInline? Split(LiteralInline literal, int start, Target target)
    {
        var text = literal.Content.ToString();
        linked.Add(target.Url);
        var link = new LinkInline(target.Url, target.Name);
        link.AppendChild(new LiteralInline(text.Substring(start, target.Surface.Length)));
        var after = text[(start + target.Surface.Length)..];
        var afterLiteral = after.Length > 0 ? new LiteralInline(after) : null;
        if (start > 0)
        {
            var before = new LiteralInline(text[..start]);
            literal.ReplaceBy(before);
            before.InsertAfter(link);
        }
        else
        {
            literal.ReplaceBy(link);
        }
        if (afterLiteral is not null)
            link.InsertAfter(afterLiteral);
        return afterLiteral;
    }

    private static int WholeWordIndex(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return at;
        }
        return -1;
    }

    private static bool InsideLinkOrHeading(Inline inline)
    {
        ContainerInline? root = null;
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
                return true;
            root = parent;
        }
        return root?.ParentBlock is HeadingBlock;
    }

    private sealed record Target(string Surface, string Url, string Name);
}
