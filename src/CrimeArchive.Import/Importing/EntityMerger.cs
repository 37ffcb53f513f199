using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Merges one entity into another when a text shows they are the same (a group known by two
/// names until a text gives both): names, mentions, statements and profile move to the one kept.</summary>
internal sealed class EntityMerger(ArchiveDbContext db)
{
    public async Task MergeAsync(Entity kept, Entity absorbed, CancellationToken cancellationToken)
    {
        foreach (var alias in absorbed.Aliases.ToList())
        {
            absorbed.Aliases.Remove(alias);
            var same = kept.Aliases.FirstOrDefault(a => a.NormalizedName == alias.NormalizedName);
            if (same is null)
            {
                alias.Entity = kept;
                kept.Aliases.Add(alias);
            }
            else
            {
                same.NameCount += alias.NameCount;
                db.Aliases.Remove(alias);
            }
        }

        var (k, a) = (kept.Id, absorbed.Id);
        // Rows that would clash once moved (the same statement held by both) are dropped first.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM mentions m USING mentions n
             WHERE m.entity_id = {a} AND n.entity_id = {k} AND n.source_document_id = m.source_document_id AND n.start = m.start
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE mentions SET entity_id = {k} WHERE entity_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM relationships WHERE (subject_id = {a} AND object_id = {k}) OR (subject_id = {k} AND object_id = {a})
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM relationships r USING relationships s
             WHERE r.source_document_id IS NOT NULL AND s.source_document_id = r.source_document_id AND s.type = r.type
               AND ((r.subject_id = {a} AND s.subject_id = {k} AND s.object_id = r.object_id)
                 OR (r.object_id = {a} AND s.object_id = {k} AND s.subject_id = r.subject_id))
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE relationships SET subject_id = {k} WHERE subject_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE relationships SET object_id = {k} WHERE object_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE facts SET entity_id = {k} WHERE entity_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM profile_sections p USING profile_sections q
             WHERE p.entity_id = {a} AND q.entity_id = {k} AND q.heading = p.heading AND p.edited_by IS NULL
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE profile_sections SET entity_id = {k} WHERE entity_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE decisions SET entity_id = {k} WHERE entity_id = {a}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE source_documents SET profile_entity_id = {k} WHERE profile_entity_id = {a}", cancellationToken);
        if (kept.Lead is null)
        {
            kept.Lead = absorbed.Lead;
            kept.LeadEditedBy = absorbed.LeadEditedBy;
        }
        db.Entities.Remove(absorbed);
    }
}
