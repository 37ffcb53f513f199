using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction;

/// <summary>Names the archive already holds: normalized alias → the entities that carry it.
/// Built from the database before an import; empty for `extract`.</summary>
public sealed class KnownNames
{
    private readonly Dictionary<string, List<KnownEntity>> byName = new(StringComparer.Ordinal);
    // The names each entity is filed under, so that forgetting one touches only its own names.
    private readonly Dictionary<KnownEntity, HashSet<string>> namesOf = [];

    public void Add(EntityKind kind, string canonicalName, IEnumerable<string> names)
    {
        var entity = new KnownEntity(kind, canonicalName);
        if (!namesOf.TryGetValue(entity, out var keys))
            namesOf[entity] = keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Append(canonicalName))
        {
            var key = NameNormalizer.Normalize(name);
            keys.Add(key);
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
        if (!namesOf.Remove(entity, out var keys))
            return;
        foreach (var key in keys)
        {
            if (byName.TryGetValue(key, out var list))
                list.Remove(entity);
        }
    }

    /// <summary>Every entity the archive knows, once each.</summary>
    public IEnumerable<KnownEntity> Entities => namesOf.Keys;
}

public sealed record KnownEntity(EntityKind Kind, string CanonicalName);
