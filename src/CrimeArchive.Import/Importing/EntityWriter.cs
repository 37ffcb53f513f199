using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Turns a text's extracted entities into archive entities: matched to existing ones
/// through the <see cref="EntityIndex"/>, or created; new name forms become aliases citing the text.</summary>
internal sealed class EntityWriter(ArchiveDbContext db, ImportBatch batch, DateTimeOffset now)
{
    public async Task<Dictionary<ExtractedEntity, Entity>> WriteAsync(
        IReadOnlyList<ExtractedEntity> extracted, SourceDocument source, CancellationToken cancellationToken)
    {
        var matches = extracted.ToDictionary(e => e, batch.Entities.Match);
        var absorbed = matches
            .Where(m => m.Value is not null)
            .SelectMany(m => batch.Entities.AlsoMatching(m.Key, m.Value!).Select(other => (Kept: m.Value!, Absorbed: other)))
            .Where(p => !matches.ContainsValue(p.Absorbed))
            .DistinctBy(p => p.Absorbed)
            .ToList();
        var ids = matches.Values.OfType<IndexedEntity>().Concat(absorbed.Select(p => p.Absorbed)).Select(m => m.Id).Distinct().ToList();
        var existing = ids.Count == 0
            ? []
            : await db.Entities.Include(e => e.Aliases).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var (kept, gone) in absorbed)
        {
            await new EntityMerger(db).MergeAsync(existing[kept.Id], existing[gone.Id], cancellationToken);
            batch.Entities.Forget(gone);
            batch.EntitySlugs.Remove($"{gone.Kind}/{existing[gone.Id].Slug}");
        }

        var result = new Dictionary<ExtractedEntity, Entity>();
        foreach (var (item, match) in matches)
        {
            var entity = match is null ? Create(item) : existing[match.Id];
            AddNames(entity, item, source);
            result[item] = entity;
        }
        return result;
    }

    /// <summary>After saving: the canonical name is the form most texts use as the main name, so
    /// the outcome does not depend on import order; the index learns the new names.</summary>
    public void Settle(IEnumerable<Entity> entities, ISet<string> slugsTaken)
    {
        foreach (var entity in entities.Distinct())
        {
            var best = entity.Aliases
                .OrderByDescending(a => a.NameCount)
                .ThenByDescending(a => entity.Kind == EntityKind.Person && !EntityIndex.IsNickname(a.NormalizedName))
                .ThenByDescending(a => entity.Kind == EntityKind.Person ? a.Name.Split(' ').Length : 0)
                .ThenBy(a => a.NormalizedName, StringComparer.Ordinal)
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .First();
            if (best.Name != entity.Name || entity.Slug != Slugs.From(best.Name))
            {
                entity.Name = best.Name;
                entity.NormalizedName = best.NormalizedName;
                entity.Slug = UniqueSlug(entity.Kind, entity.Name, entity.Slug, slugsTaken);
                entity.UpdatedAt = now;
            }
        }
    }

    public void Register(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities.Distinct())
            batch.Entities.Register(entity.Id, entity.Kind, entity.Name, entity.Aliases.Select(a => a.Name));
    }

    /// <summary>Takes back a text's votes for canonical names before its statements are replaced.</summary>
    public async Task WithdrawVotesAsync(SourceDocument source, CancellationToken cancellationToken)
    {
        if (source.NameVotes.Count == 0)
            return;
        var votes = source.NameVotes.Select(v => v.Split('|', 2)).Select(v => (Kind: Enum.Parse<EntityKind>(v[0]), Name: v[1])).ToList();
        var names = votes.Select(v => v.Name).Distinct().ToList();
        var aliases = await db.Aliases
            .Where(a => names.Contains(a.NormalizedName) && a.Entity!.Mentions.Any(m => m.SourceDocumentId == source.Id))
            .Include(a => a.Entity)
            .ToListAsync(cancellationToken);
        foreach (var (kind, name) in votes)
        {
            var alias = aliases.FirstOrDefault(a => a.NormalizedName == name && a.Entity!.Kind == kind && a.NameCount > 0);
            if (alias is not null)
                alias.NameCount--;
        }
        source.NameVotes = [];
    }

    private Entity Create(ExtractedEntity item)
    {
        var entity = new Entity
        {
            Kind = item.Kind,
            Name = item.Name,
            NormalizedName = NameNormalizer.Normalize(item.Name),
            Slug = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Entities.Add(entity);
        return entity;
    }

    private void AddNames(Entity entity, ExtractedEntity item, SourceDocument source)
    {
        var firstSentence = item.Mentions.Count > 0 ? item.Mentions[0].Sentence : null;
        foreach (var name in item.Aliases.Prepend(item.Name).Distinct())
        {
            var normalized = NameNormalizer.Normalize(name);
            var alias = entity.Aliases.FirstOrDefault(a => a.NormalizedName == normalized);
            if (alias is null)
            {
                alias = new EntityAlias
                {
                    Name = name,
                    NormalizedName = normalized,
                    SourceDocument = source,
                    Sentence = item.Mentions.FirstOrDefault(m => NameNormalizer.Normalize(m.Surface) == normalized)?.Sentence ?? firstSentence,
                    CreatedAt = now,
                };
                entity.Aliases.Add(alias);
                // The extractor uses the archive's names for groups and people only.
                if (entity.Kind != EntityKind.Place)
                    batch.Learned(name);
            }
            if (name == item.Name)
            {
                alias.NameCount++;
                source.NameVotes.Add($"{entity.Kind}|{normalized}");
            }
        }
    }

    /// <summary>Slugs are unique per kind; a clash gets -2, -3… <paramref name="taken"/> holds every
    /// "Kind/slug" in use.</summary>
    private static string UniqueSlug(EntityKind kind, string name, string currentSlug, ISet<string> taken)
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
