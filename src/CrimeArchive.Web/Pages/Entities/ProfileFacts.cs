using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Web.Pages.Entities;

/// <summary>A statement as the profile shows it: the value and where it comes from.</summary>
public sealed record Citation(
    string Value, string? Sentence, DateOnly? StatedOn, string? SourceFile, string? ArticleSlug, string? ArticleTitle,
    string? Editor, string? Reason);

public sealed record FactSide(string Value, IReadOnlyList<Citation> Citations);

/// <summary>One factbox line: what the sources say for a key. Where they give different values and
/// no editor has settled it, every side is shown with its citations.</summary>
public sealed record FactLine(string Key, string Value, IReadOnlyList<FactSide> Sides, Decision? Settled)
{
    public bool Disagrees => Sides.Count > 1 && Settled is null;

    /// <summary>The value stated most often, then most recently, unless an editor has decided.</summary>
    public static IReadOnlyList<FactLine> Build(IEnumerable<(string Key, Citation Citation)> statements, IReadOnlyList<Decision> decisions) =>
        [.. statements
            .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(byKey =>
            {
                var sides = byKey.Select(s => s.Citation)
                    .GroupBy(c => NameNormalizer.Normalize(c.Value))
                    .OrderByDescending(g => g.Count())
                    .ThenByDescending(g => g.Max(c => c.StatedOn ?? DateOnly.MinValue))
                    .Select(g => new FactSide(g.First().Value, [.. g.OrderBy(c => c.StatedOn)]))
                    .ToList();
                var settled = decisions
                    .Where(d => string.Equals(d.Key, byKey.Key, StringComparison.OrdinalIgnoreCase))
                    .MaxBy(d => d.DecidedAt);
                return new FactLine(byKey.Key, settled?.ChosenValue ?? sides[0].Value, sides, settled);
            })];
}
