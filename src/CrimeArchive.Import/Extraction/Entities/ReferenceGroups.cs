using System.Collections.Frozen;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The names reporting gives one well-known group side by side ("Clan del Golfo", "AGC", "the
/// Gaitanistas"; "Barrio 18", "the 18th Street gang"), read from reference-groups.txt: where a text writes two
/// of them, it speaks of one group, though no words of the names say so.</summary>
public static class ReferenceGroups
{
    private static readonly (FrozenDictionary<string, int> LineOfName, string[] FirstNames) Lines = Read();
    private static FrozenDictionary<string, int> LineOfName => Lines.LineOfName;

    private static (FrozenDictionary<string, int>, string[]) Read()
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstNames = new List<string> { "" };
        foreach (var line in Places.Gazetteer.ReadResourceLines("CrimeArchive.Entities.reference-groups.txt"))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            firstNames.Add(names[0]);
            foreach (var name in names)
                lines[EntityRegistry.KeyOf(name)] = firstNames.Count - 1;
        }
        return (lines.ToFrozenDictionary(StringComparer.Ordinal), firstNames.ToArray());
    }

    /// <summary>The name the archive files a well-known group under ("Gulf Cartel" for a text's "Cártel del
    /// Golfo"), so that its pages in either language and under any of its names are one group's; null for a
    /// group whose own name is not on the list (a front whose keys hold its parent's acronym keeps its name).</summary>
    public static string? FiledName(EntityDraft group) =>
        LineOfName.GetValueOrDefault(EntityRegistry.KeyOf(group.Name)) is var line and > 0 ? Lines.FirstNames[line] : null;

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
