using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction;

/// <summary>Names the archive already holds: normalized alias → the entities that carry it.
/// Built from the database before an import; empty for `extract`.</summary>
public sealed class KnownNames
{
    private readonly Dictionary<string, List<KnownEntity>> byName = new(StringComparer.Ordinal);

    public void Add(EntityKind kind, string canonicalName, IEnumerable<string> names)
    {
        var entity = new KnownEntity(kind, canonicalName);
        foreach (var name in names.Append(canonicalName))
        {
            var key = NameNormalizer.Normalize(name);
            if (!byName.TryGetValue(key, out var list))
                byName[key] = list = [];
            if (!list.Contains(entity))
                list.Add(entity);
        }
    }

    /// <summary>Every entity that carries this name; more than one means the name is ambiguous.</summary>
    public IReadOnlyList<KnownEntity> Find(string name) =>
        byName.TryGetValue(NameNormalizer.Normalize(name), out var list) ? list : [];

    public int Count => byName.Count;

    /// <summary>Forgets an entity that was merged into another.</summary>
    public void Remove(EntityKind kind, string canonicalName)
    {
        var entity = new KnownEntity(kind, canonicalName);
        foreach (var list in byName.Values)
            list.Remove(entity);
    }

    /// <summary>Every entity the archive knows, once each.</summary>
    public IEnumerable<KnownEntity> Entities => byName.Values.SelectMany(list => list).Distinct();
}

public sealed record KnownEntity(EntityKind Kind, string CanonicalName);
