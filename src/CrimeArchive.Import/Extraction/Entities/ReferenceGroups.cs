using System.Collections.Frozen;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The names reporting gives one well-known group side by side ("Clan del Golfo", "AGC", "the
/// Gaitanistas"; "Barrio 18", "the 18th Street gang"), read from reference-groups.txt: where a text writes two
/// of them, it speaks of one group, though no words of the names say so.</summary>
public static class ReferenceGroups
{
    private static readonly FrozenDictionary<string, int> LineOfName = Read();

    private static FrozenDictionary<string, int> Read()
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in Places.Gazetteer.ReadResourceLines("CrimeArchive.Entities.reference-groups.txt"))
        {
            number++;
            foreach (var name in line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                lines[EntityRegistry.KeyOf(name)] = number;
        }
        return lines.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The one group named before <paramref name="group"/> under another name of the same line; null
    /// when none is, or more than one.</summary>
    public static EntityDraft? NamedBefore(EntityRegistry registry, EntityDraft group)
    {
        var lines = group.Keys.Select(k => LineOfName.GetValueOrDefault(k)).Where(n => n > 0).ToHashSet();
        if (lines.Count != 1)
            return null;
        var same = registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group && g.FirstStart < group.FirstStart
            && g.Keys.Any(k => LineOfName.GetValueOrDefault(k) is var n && lines.Contains(n))).Take(2).ToList();
        return same is [var only] ? only : null;
    }
}
