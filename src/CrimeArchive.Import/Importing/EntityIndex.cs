using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Extraction.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>The archive's entities and their names, held in memory for one import batch so that
/// matching a text's entities costs no queries. Also feeds the extractor as <see cref="KnownNames"/>.</summary>
internal sealed class EntityIndex
{
    private readonly Dictionary<(EntityKind, string), List<IndexedEntity>> byName = [];
    private readonly Dictionary<long, IndexedEntity> byId = [];
    private readonly Dictionary<long, IndexedEntity> aliasOwners = [];
    // People by the first and last word of a full name: "javier calle serna" finds "javier antonio calle serna".
    private readonly Dictionary<(string, string), List<IndexedEntity>> byFirstAndLast = [];

    public KnownNames Known { get; } = new();

    /// <param name="withVotes">Whether to count the texts' votes for main names (an import needs them to
    /// rename entities; reading a brief does not, and counting reads every current text's votes).</param>
    public static async Task<EntityIndex> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken, bool withVotes = true)
    {
        var index = new EntityIndex();
        var entities = await db.Entities.AsNoTracking()
            .Select(e => new { e.Id, e.Kind, e.Name, e.Slug, NameChosen = e.NameEditedBy != null })
            .ToListAsync(cancellationToken);
        var aliases = await db.Aliases.AsNoTracking()
            .Select(a => new { a.Id, a.EntityId, a.Name, a.NormalizedName, a.EditorVotes })
            .ToListAsync(cancellationToken);
        // Each current text's votes for the names it uses as main names, counted per alias.
        var votes = !withVotes ? [] : await db.Database
            .SqlQuery<AliasVotes>($"SELECT v.alias_id, count(*)::int AS votes FROM source_documents s, unnest(s.name_votes) AS v(alias_id) WHERE s.superseded_by_id IS NULL GROUP BY v.alias_id")
            .ToDictionaryAsync(v => v.AliasId, v => v.Votes, cancellationToken);
        var byEntity = entities.ToDictionary(e => e.Id, e => new IndexedEntity(e.Id, e.Kind) { Name = e.Name, Slug = e.Slug, NameChosenByEditor = e.NameChosen });
        foreach (var removed in await db.RemovedAliases.AsNoTracking().Select(r => new { r.EntityId, r.NormalizedName }).ToListAsync(cancellationToken))
            byEntity[removed.EntityId].RemovedNames.Add(removed.NormalizedName);
        foreach (var a in aliases)
        {
            byEntity[a.EntityId].Aliases[a.NormalizedName] = new IndexedAlias(a.Id, a.Name, a.NormalizedName)
            {
                EditorVotes = a.EditorVotes,
                TextVotes = votes.GetValueOrDefault(a.Id),
            };
        }
        foreach (var entity in byEntity.Values)
            index.Register(entity);
        return index;
    }

    public IndexedEntity? Find(long id) => byId.GetValueOrDefault(id);

    /// <summary>An alias by its id, with the entity that holds it now.</summary>
    public (IndexedEntity Entity, IndexedAlias Alias)? FindAlias(long aliasId) =>
        aliasOwners.TryGetValue(aliasId, out var owner) && owner.Aliases.Values.FirstOrDefault(a => a.Id == aliasId) is { } alias
            ? (owner, alias)
            : null;

    private sealed record AliasVotes(long AliasId, int Votes);

    /// <summary>Whether the entity is still in the archive (not merged into another).</summary>
    public bool IsCurrent(IndexedEntity entity) => byId.GetValueOrDefault(entity.Id) == entity;

    /// <summary>Files an entity (new, renamed or with new names) under all its names.</summary>
    public void Register(IndexedEntity entity)
    {
        byId[entity.Id] = entity;
        var kind = entity.Kind;
        // A renamed entity must not stay known under its old canonical name as well: the extractor
        // would see two entities behind each of its names and link none.
        if (entity.KnownAs.Length > 0 && entity.KnownAs != entity.Name)
            ForgetKnown(entity, entity.KnownAs);
        entity.KnownAs = entity.Name;
        foreach (var alias in entity.Aliases.Values)
            aliasOwners[alias.Id] = entity;
        var all = entity.Aliases.Values.Select(a => a.Name).Append(entity.Name).ToList();
        foreach (var n in all)
        {
            var key = (kind, NameNormalizer.Normalize(n));
            if (!entity.Names.Add(key.Item2))
                continue;
            foreach (var filed in kind == EntityKind.Group ? GroupKeys(n) : [key.Item2])
            {
                if (!byName.TryGetValue((kind, filed), out var list))
                    byName[(kind, filed)] = list = [];
                // A person is filed once per name, which is new to him here; a group's names share keys ("Cartel del
                // Norte", "Norte Cartel"). A shared nickname's list holds thousands of people in a large archive.
                if (kind == EntityKind.Person || !list.Contains(entity))
                    list.Add(entity);
            }
            if (kind == EntityKind.Person && FirstAndLast(key.Item2) is { } ends)
            {
                if (!byFirstAndLast.TryGetValue(ends, out var people))
                    byFirstAndLast[ends] = people = [];
                if (!people.Contains(entity))
                    people.Add(entity);
            }
        }
        Known.Add(kind, entity.Name, all);
    }

    /// <summary>The archive entity an extracted one is, or null for a new one. People are matched
    /// on their full name (or a compatible longer/shorter form of it); a shared nickname alone never
    /// merges two people who have different full names.</summary>
    public IndexedEntity? Match(ExtractedEntity extracted)
    {
        var name = NameNormalizer.Normalize(extracted.Name);
        // A person known under the full name is found at once: the lists of his surname and nickname alone, which the
        // other rules read, grow with the archive.
        if (extracted.Kind == EntityKind.Person && byName.TryGetValue((EntityKind.Person, name), out var namesakes) && namesakes.Count > 0)
            return namesakes.Distinct().Take(2).ToList() is [var only] ? only : null;
        var names = extracted.Aliases.Select(NameNormalizer.Normalize).Append(name).ToHashSet();
        // A group is found under any shape of its names: "Cartel del Norte" is the "Norte Cartel" of an earlier text.
        var lookups = extracted.Kind == EntityKind.Group ? extracted.Aliases.Append(extracted.Name).SelectMany(GroupKeys).ToHashSet() : names;
        var candidates = lookups
            .SelectMany(n => byName.TryGetValue((extracted.Kind, n), out var list) ? list : [])
            .Distinct()
            .ToList();

        if (extracted.Kind != EntityKind.Person)
        {
            return candidates
                .OrderByDescending(c => c.Names.Count(names.Contains))
                .ThenBy(c => c.Id)
                .FirstOrDefault();
        }

        var byFullName = candidates.Where(c => c.Names.Contains(name)).ToList();
        if (byFullName.Count == 1)
            return byFullName[0];
        if (byFullName.Count > 1)
            return null;
        // An entity known so far only by names this text gives as aliases ("Diego Rastrojo", later
        // "Diego Perez Henao, alias Diego Rastrojo") is the same one; the mirror of the rule above,
        // so that the import order does not decide.
        var subsumed = candidates.Where(c => c.Names.IsSubsetOf(names)).ToList();
        if (subsumed.Count == 1)
            return subsumed[0];
        if (IsFullName(name))
        {
            var sameEnds = FirstAndLast(name) is { } ends && byFirstAndLast.TryGetValue(ends, out var people) ? people : [];
            var compatible = candidates.Concat(sameEnds).Distinct()
                .Where(c => c.Names.Any(n => CompatibleFullNames(name, n))).ToList();
            if (compatible.Count == 1)
                return compatible[0];
            if (compatible.Count > 1)
                return null;
            // The mirror of attaching a bare nickname to the one person who carries it: a person known
            // so far only by a nickname joins the full name a text gives with that nickname.
            var nicknameOnly = candidates.Where(c => c.Names.All(IsNickname)).ToList();
            return nicknameOnly.Count == 1 ? nicknameOnly[0] : null;
        }
        // Only a nickname or a surname in this text: attach it where it is unambiguous.
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>For a group: the other archive groups the text shows to be the same one (it gives
    /// names of both), which are merged into the one matched.</summary>
    public IReadOnlyList<IndexedEntity> AlsoMatching(ExtractedEntity extracted, IndexedEntity matched)
    {
        if (extracted.Kind != EntityKind.Group)
            return [];
        var names = extracted.Aliases.Append(extracted.Name).Select(NameNormalizer.Normalize).ToHashSet();
        var candidates = names
            .SelectMany(n => byName.TryGetValue((extracted.Kind, n), out var list) ? list : [])
            .Distinct()
            .ToList();
        // A group is the same one only if the text gives a name that it alone holds: a name two
        // groups share proves nothing.
        // Nor does a name an editor took off one of the two to split them apart.
        return [.. candidates.Where(c => c != matched
            && !c.Names.Overlaps(matched.RemovedNames) && !matched.Names.Overlaps(c.RemovedNames)
            && c.Names.Any(n => names.Contains(n) && candidates.Count(o => o.Names.Contains(n)) == 1))];
    }

    /// <summary>Forgets an entity merged into another.</summary>
    public void Forget(IndexedEntity entity)
    {
        byId.Remove(entity.Id);
        foreach (var alias in entity.Aliases.Values.Where(a => aliasOwners.GetValueOrDefault(a.Id) == entity))
            aliasOwners.Remove(alias.Id);
        foreach (var name in entity.Names.SelectMany(n => entity.Kind == EntityKind.Group ? GroupKeys(n) : [n]))
        {
            if (byName.TryGetValue((entity.Kind, name), out var list))
                list.Remove(entity);
        }
        if (byFirstAndLast.Count > 0)
        {
            foreach (var name in entity.Names)
            {
                if (FirstAndLast(name) is { } ends && byFirstAndLast.TryGetValue(ends, out var people))
                    people.Remove(entity);
            }
        }
        ForgetKnown(entity, entity.KnownAs);
    }

    /// <summary>The extractor's names are filed by kind and canonical name: taking one entity's away
    /// takes those of any other entity with the same canonical name too, which are filed again.</summary>
    private void ForgetKnown(IndexedEntity entity, string canonicalName)
    {
        Known.Remove(entity.Kind, canonicalName);
        var namesakes = byName.GetValueOrDefault((entity.Kind, NameNormalizer.Normalize(canonicalName))) ?? [];
        foreach (var other in namesakes.Where(o => o != entity && o.KnownAs == canonicalName && byId.GetValueOrDefault(o.Id) == o).ToList())
            Known.Add(other.Kind, other.Name, other.Aliases.Values.Select(a => a.Name));
    }

    /// <summary>The keys a group is filed and looked up under: its name as written, without a leading
    /// article ("Los Zetas" is "Zetas"), and the other shapes of a cartel's or a family's name
    /// (<see cref="EntityRegistry.GroupNameVariants"/>).</summary>
    private static IEnumerable<string> GroupKeys(string name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Normalize(name) };
        var bare = EntityRegistry.KeyOf(name);
        keys.Add(NameNormalizer.Normalize(bare));
        foreach (var variant in EntityRegistry.GroupNameVariants(bare))
            keys.Add(NameNormalizer.Normalize(variant));
        return keys;
    }

    private static (string, string)? FirstAndLast(string normalized)
    {
        var words = normalized.Split(' ');
        return words.Length >= 2 && !IsNickname(normalized) ? (words[0], words[^1]) : null;
    }

    /// <summary>One word, or an article and a word ("el guero"): a nickname or a surname, not a full name.</summary>
    internal static bool IsNickname(string normalized)
    {
        var words = normalized.Split(' ');
        return words.Length == 1 || (words.Length == 2 && words[0] is "el" or "la" or "los" or "las" or "the");
    }

    private static bool IsFullName(string normalized) => normalized.Split(' ').Length >= 2;

    /// <summary>"javier calle serna" and "javier antonio calle serna": same first and last word,
    /// and every word of the shorter one in the longer one.</summary>
    internal static bool CompatibleFullNames(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        if (x.Length < 2 || y.Length < 2 || x[0] != y[0] || x[^1] != y[^1])
            return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.All(longer.Contains);
    }
}

/// <summary>An archive entity as the import batch holds it: the batch's copy is the one it writes
/// from, kept current as files are saved (and read again if a save fails).</summary>
internal sealed class IndexedEntity(long id, EntityKind kind)
{
    public long Id { get; } = id;
    public EntityKind Kind { get; } = kind;
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    /// <summary>The canonical name the extractor's <see cref="KnownNames"/> files it under.</summary>
    public string KnownAs { get; set; } = "";
    /// <summary>Every normalized name it is matched by.</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    /// <summary>Its alias rows by normalized name.</summary>
    public Dictionary<string, IndexedAlias> Aliases { get; } = new(StringComparer.Ordinal);
    /// <summary>An editor chose its main name: the texts' votes no longer rename it.</summary>
    public bool NameChosenByEditor { get; init; }
    /// <summary>Names an editor removed from it: a text that uses them does not add them back.</summary>
    public HashSet<string> RemovedNames { get; } = new(StringComparer.Ordinal);
}

/// <summary>An alias row, with the votes for it as the entity's main name: an editor's and those of
/// the current texts that use it so.</summary>
internal sealed class IndexedAlias(long id, string name, string normalizedName)
{
    public long Id { get; } = id;
    public string Name { get; } = name;
    public string NormalizedName { get; } = normalizedName;
    public int EditorVotes { get; set; }
    public int TextVotes { get; set; }
    public int Votes => EditorVotes + TextVotes;
}
