using CrimeArchive.Data.Text;

namespace CrimeArchive.Data.Editing;

/// <summary>One value the sources give for a fact, with every statement that gives it.</summary>
public sealed record FactSide(string Value, IReadOnlyList<Citation> Citations);

/// <summary>An editor's decision as the profile shows it (see <see cref="Decision"/>).</summary>
public sealed record Settlement(string Key, string ChosenValue, string DecidedBy, string Reason, DateTimeOffset DecidedAt);

/// <summary>One factbox line: what the sources say for a key. Where they give different values and
/// no editor has settled it, every side is shown with its citations.</summary>
public sealed record FactLine(string Key, string Value, IReadOnlyList<FactSide> Sides, Settlement? Settled)
{
    public bool Disagrees => Sides.Count > 1 && Settled is null;

    /// <summary>The value that holds: an editor's latest decision for the key, else the value stated
    /// most often, then most recently. Keys match whatever their case; values match once normalized
    /// (accents, case, quotes), so "At large" and "at large" are one side.</summary>
    public static IReadOnlyList<FactLine> Build(IEnumerable<(string Key, Citation Citation)> statements, IEnumerable<Settlement> decisions)
    {
        var settlements = decisions.ToList();
        return
        [
            .. statements
                .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(byKey =>
                {
                    var sides = byKey.Select(s => s.Citation)
                        .GroupBy(c => NameNormalizer.Normalize(c.Value))
                        .OrderByDescending(g => g.Count())
                        .ThenByDescending(g => g.Max(c => c.StatedOn ?? DateOnly.MinValue))
                        .Select(g => new FactSide(g.First().Value, [.. g.OrderBy(c => c.StatedOn)]))
                        .ToList();
                    var settled = settlements
                        .Where(d => string.Equals(d.Key, byKey.Key, StringComparison.OrdinalIgnoreCase))
                        .MaxBy(d => d.DecidedAt);
                    return new FactLine(byKey.Key, settled?.ChosenValue ?? sides[0].Value, sides, settled);
                }),
        ];
    }
}
