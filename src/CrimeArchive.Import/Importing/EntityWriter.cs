using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Turns a text's extracted entities into archive entities: matched to existing ones
/// through the <see cref="EntityIndex"/>, or created; new name forms become aliases citing the text.
/// Works on the batch's copy of the entities and appends the rows that changed to the file's
/// <see cref="WriteBatch"/>.</summary>
internal sealed class EntityWriter(ImportBatch batch, IdBlocks ids, DateTimeOffset now)
{
    private readonly List<IndexedEntity> created = [];
    private readonly HashSet<IndexedEntity> touched = [];
    private readonly List<(IndexedAlias Alias, IndexedEntity Entity, long SourceId, string? Sentence)> newAliases = [];
    private readonly List<(IndexedEntity Kept, IndexedEntity Absorbed, List<long> Moved, List<(long Absorbed, long Kept)> SameNames)> merges = [];
    private readonly List<IndexedEntity> renamed = [];
    // Entities whose names changed in this file: created, renamed, given a new alias or another's.
    private readonly HashSet<IndexedEntity> named = [];

    public async Task<Dictionary<ExtractedEntity, IndexedEntity>> WriteAsync(
        IReadOnlyList<ExtractedEntity> extracted, long sourceId, List<long> votes, CancellationToken cancellationToken)
    {
        var matches = extracted.ToDictionary(e => e, batch.Entities.Match);
        var absorbed = matches
            .Where(m => m.Value is not null)
            .SelectMany(m => batch.Entities.AlsoMatching(m.Key, m.Value!).Select(other => (Kept: m.Value!, Absorbed: other)))
            .Where(p => !matches.ContainsValue(p.Absorbed))
            .DistinctBy(p => p.Absorbed)
            .ToList();
        foreach (var (kept, gone) in absorbed)
            Merge(kept, gone);

        var result = new Dictionary<ExtractedEntity, IndexedEntity>();
        foreach (var (item, match) in matches)
        {
            var entity = match ?? await CreateAsync(item, cancellationToken);
            await AddNamesAsync(entity, item, sourceId, votes, cancellationToken);
            touched.Add(entity);
            result[item] = entity;
        }
        return result;
    }

    /// <summary>Whether this writer created the entity (it has no rows in the archive yet).</summary>
    public bool Created(IndexedEntity entity) => created.Contains(entity);

    /// <summary>The entities merged into this one by this file: their rows join it only when the file's batch runs.</summary>
    public IEnumerable<long> AbsorbedInto(IndexedEntity entity) => merges.Where(m => m.Kept == entity).Select(m => m.Absorbed.Id);

    /// <summary>What the search index must read again: every entity the file named (their names,
    /// counts or profiles may have changed), the ones it absorbed (gone now), and the ones that
    /// absorbed another together with their articles (mentions moved to them).</summary>
    public IEnumerable<(SearchChangeKind Kind, long Id)> SearchChanges() =>
        touched.Select(e => (SearchChangeKind.Entity, e.Id))
            .Concat(merges.Select(m => (SearchChangeKind.Entity, m.Absorbed.Id)))
            .Concat(merges.Select(m => (SearchChangeKind.EntityAndArticles, m.Kept.Id)))
            .Distinct();

    /// <summary>Takes back a text's votes for canonical names before its statements are replaced.</summary>
    public void WithdrawVotes(List<long> votes)
    {
        foreach (var id in votes)
        {
            if (batch.Entities.FindAlias(id) is not var (entity, alias))
                continue;
            alias.TextVotes--;
            touched.Add(entity);
        }
        votes.Clear();
    }

    /// <summary>The canonical name is the form most texts use as the main name, so the outcome does
    /// not depend on import order; slugs follow it. Then the index learns the new names.</summary>
    public void Settle()
    {
        foreach (var entity in touched)
        {
            if (!batch.Entities.IsCurrent(entity) && !created.Contains(entity))
                continue;
            var best = entity.Aliases.Values
                .OrderByDescending(a => a.Votes)
                .ThenByDescending(a => entity.Kind == EntityKind.Person && !EntityIndex.IsNickname(a.NormalizedName))
                .ThenByDescending(a => entity.Kind == EntityKind.Person ? a.Name.Split(' ').Length : 0)
                .ThenBy(a => a.NormalizedName, StringComparer.Ordinal)
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null && !entity.NameChosenByEditor && (best.Name != entity.Name || entity.Slug.Length == 0))
            {
                entity.Name = best.Name;
                entity.Slug = UniqueSlug(entity.Kind, entity.Name, entity.Slug, batch.EntitySlugs);
                if (!created.Contains(entity))
                    renamed.Add(entity);
                named.Add(entity);
            }
            // Filing an entity's names again costs a normalization per name: only when they changed.
            if (named.Contains(entity))
                batch.Entities.Register(entity);
        }
    }

    /// <summary>Merges, renames and new entities: before the source row, which may name a new entity as its profile's subject.</summary>
    public void AppendEntities(WriteBatch sql)
    {
        foreach (var (kept, absorbed, movedAliases, sameNames) in merges)
            EntityMerger.Append(sql, kept.Id, absorbed.Id, movedAliases, sameNames);
        // Renames first: a slug a rename frees may go to an entity created in this file.
        if (renamed.Count > 0)
        {
            sql.Add("""
                UPDATE entities SET name = u.name, normalized_name = u.normalized_name, slug = u.slug, updated_at = $5
                  FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(id, name, normalized_name, slug)
                 WHERE entities.id = u.id AND entities.id = ANY($1) AND entities.name_edited_by IS NULL
                """,
                renamed.Select(e => e.Id).ToArray(), renamed.Select(e => e.Name).ToArray(),
                renamed.Select(e => NameNormalizer.Normalize(e.Name)).ToArray(), renamed.Select(e => e.Slug).ToArray(), now);
        }
        if (created.Count > 0)
        {
            sql.Add("""
                INSERT INTO entities (id, kind, name, normalized_name, slug, created_at, updated_at)
                SELECT u.id, u.kind, u.name, u.normalized_name, u.slug, $6, $6
                  FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, kind, name, normalized_name, slug)
                """,
                created.Select(e => e.Id).ToArray(), created.Select(e => e.Kind.ToString()).ToArray(),
                created.Select(e => e.Name).ToArray(), created.Select(e => NameNormalizer.Normalize(e.Name)).ToArray(),
                created.Select(e => e.Slug).ToArray(), now);
        }
    }

    /// <summary>Aliases, which cite the source row.</summary>
    public void AppendNames(WriteBatch sql)
    {
        if (newAliases.Count > 0)
        {
            sql.Add("""
                INSERT INTO aliases (id, entity_id, name, normalized_name, editor_votes, source_document_id, sentence, created_at)
                SELECT u.id, u.entity_id, u.name, u.normalized_name, 0, u.source_document_id, u.sentence, $7
                  FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::text[])
                    AS u(id, entity_id, name, normalized_name, source_document_id, sentence)
                """,
                newAliases.Select(a => a.Alias.Id).ToArray(), newAliases.Select(a => a.Entity.Id).ToArray(),
                newAliases.Select(a => a.Alias.Name).ToArray(), newAliases.Select(a => a.Alias.NormalizedName).ToArray(),
                newAliases.Select(a => a.SourceId).ToArray(), newAliases.Select(a => a.Sentence).ToArray(), now);
        }
    }

    /// <summary>A text gives names of two archive groups: the second joins the first, in the batch's
    /// copy now and in the database when the file is written.</summary>
    private void Merge(IndexedEntity kept, IndexedEntity absorbed)
    {
        var movedAliases = new List<long>();
        var sameNames = new List<(long Absorbed, long Kept)>();
        foreach (var alias in absorbed.Aliases.Values)
        {
            if (kept.Aliases.TryGetValue(alias.NormalizedName, out var same))
            {
                same.EditorVotes += alias.EditorVotes;
                same.TextVotes += alias.TextVotes;
                sameNames.Add((alias.Id, same.Id));
            }
            else
            {
                kept.Aliases[alias.NormalizedName] = alias;
                movedAliases.Add(alias.Id);
            }
        }
        batch.Entities.Forget(absorbed);
        batch.EntitySlugs.Remove($"{absorbed.Kind}/{absorbed.Slug}");
        merges.Add((kept, absorbed, movedAliases, sameNames));
        touched.Add(kept);
        named.Add(kept);
    }

    private async Task<IndexedEntity> CreateAsync(ExtractedEntity item, CancellationToken cancellationToken)
    {
        var entity = new IndexedEntity(await ids.NextAsync(IdBlocks.Entities, cancellationToken), item.Kind) { Name = item.Name };
        created.Add(entity);
        return entity;
    }

    private async Task AddNamesAsync(IndexedEntity entity, ExtractedEntity item, long sourceId, List<long> votes, CancellationToken cancellationToken)
    {
        var firstSentence = item.Mentions.Count > 0 ? item.Mentions[0].Sentence : null;
        foreach (var name in item.Aliases.Prepend(item.Name).Distinct())
        {
            var normalized = NameNormalizer.Normalize(name);
            if (entity.RemovedNames.Contains(normalized))
                continue;
            if (!entity.Aliases.TryGetValue(normalized, out var alias))
            {
                alias = new IndexedAlias(await ids.NextAsync(IdBlocks.Aliases, cancellationToken), name, normalized);
                entity.Aliases[normalized] = alias;
                var sentence = item.Mentions.FirstOrDefault(m => NameNormalizer.Normalize(m.Surface) == normalized)?.Sentence ?? firstSentence;
                newAliases.Add((alias, entity, sourceId, sentence));
                named.Add(entity);
                // The extractor uses the archive's names for groups and people only.
                if (entity.Kind != EntityKind.Place)
                    batch.Learned(name);
            }
            if (name == item.Name)
            {
                alias.TextVotes++;
                votes.Add(alias.Id);
            }
        }
    }

    /// <summary>Slugs are unique per kind; a clash gets -2, -3… <paramref name="taken"/> holds every
    /// "Kind/slug" in use.</summary>
    private static string UniqueSlug(EntityKind kind, string name, string currentSlug, HashSet<string> taken)
    {
        var stem = Slugs.From(name);
        for (var n = 1; ; n++)
        {
            var slug = n == 1 ? stem : $"{stem}-{n}";
            if (slug == currentSlug || taken.Add($"{kind}/{slug}"))
            {
                if (currentSlug.Length > 0 && slug != currentSlug)
                    taken.Remove($"{kind}/{currentSlug}");
                return slug;
            }
        }
    }
}
