using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CrimeArchive.Web.Editing.History;

public enum DiffLineKind { Same, Added, Removed }

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>Two versions of a text line by line, as the history and the conflict page show them.</summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffLine> Lines(string before, string after) =>
        [.. InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false).Lines.Select(line => new DiffLine(line.Type switch
        {
            ChangeType.Inserted => DiffLineKind.Added,
            ChangeType.Deleted => DiffLineKind.Removed,
            _ => DiffLineKind.Same,
        }, line.Text))];

    public static bool Differ(string before, string after) => Lines(before, after).Any(l => l.Kind != DiffLineKind.Same);
}
