namespace CrimeArchive.Import.Importing;

/// <summary>Merges one entity into another when a text shows they are the same (a group known by two
/// names until a text gives both) or an editor says so: names, mentions, statements, editors' work
/// on the profile and its addresses move to the one kept. For an import, the batch's copy of the two
/// has been merged already (<see cref="EntityWriter"/>); this is the same change for the database.</summary>
internal static class EntityMerger
{
    /// <param name="movedAliases">The absorbed entity's aliases that move to the kept one.</param>
    /// <param name="sameNames">The absorbed entity's aliases that the kept one has too, and which of its aliases: they go, their votes to it.</param>
    public static void Append(WriteBatch sql, long kept, long absorbed, List<long> movedAliases, List<(long Absorbed, long Kept)> sameNames)
    {
        // Rows that would clash once moved (the same statement held by both) are dropped first.
        sql.Add("""
            DELETE FROM mentions m USING mentions n
             WHERE m.entity_id = $1 AND n.entity_id = $2 AND n.source_document_id IS NOT DISTINCT FROM m.source_document_id
               AND n.article_id IS NOT DISTINCT FROM m.article_id AND n.start = m.start
            """, absorbed, kept);
        sql.Add("UPDATE mentions SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        sql.Add("DELETE FROM relationships WHERE (subject_id = $1 AND object_id = $2) OR (subject_id = $2 AND object_id = $1)", absorbed, kept);
        sql.Add("""
            DELETE FROM relationships r USING relationships s
             WHERE r.source_document_id IS NOT NULL AND s.source_document_id = r.source_document_id AND s.type = r.type
               AND ((r.subject_id = $1 AND s.subject_id = $2 AND s.object_id = r.object_id)
                 OR (r.object_id = $1 AND s.object_id = $2 AND s.subject_id = r.subject_id))
            """, absorbed, kept);
        sql.Add("UPDATE relationships SET subject_id = $2 WHERE subject_id = $1", absorbed, kept);
        sql.Add("UPDATE relationships SET object_id = $2 WHERE object_id = $1", absorbed, kept);
        sql.Add("UPDATE facts SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        sql.Add("""
            DELETE FROM profile_sections p USING profile_sections q
             WHERE p.entity_id = $1 AND q.entity_id = $2 AND lower(q.heading) = lower(p.heading) AND p.edited_by IS NULL
            """, absorbed, kept);
        // A section an editor wrote is kept even when the other profile has its heading: under a name that tells them apart.
        sql.Add("""
            UPDATE profile_sections p SET heading = left(p.heading || ' (' || a.name || ')', 200)
              FROM profile_sections q, entities a
             WHERE p.entity_id = $1 AND q.entity_id = $2 AND lower(q.heading) = lower(p.heading) AND a.id = $1
            """, absorbed, kept);
        sql.Add("UPDATE profile_sections SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        sql.Add("UPDATE decisions SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        sql.Add("UPDATE withdrawals SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        sql.Add("UPDATE withdrawals SET object_id = $2 WHERE object_id = $1", absorbed, kept);
        sql.Add("""
            DELETE FROM removed_aliases r USING removed_aliases s
             WHERE r.entity_id = $1 AND s.entity_id = $2 AND s.normalized_name = r.normalized_name
            """, absorbed, kept);
        sql.Add("UPDATE removed_aliases SET entity_id = $2 WHERE entity_id = $1", absorbed, kept);
        // The absorbed profile's addresses, old and current, lead to the one kept.
        sql.Add("UPDATE slug_redirects SET subject_id = $2 WHERE subject = 'Entity' AND subject_id = $1", absorbed, kept);
        sql.Add("""
            INSERT INTO slug_redirects (subject, entity_kind, old_slug, subject_id, created_at)
            SELECT 'Entity', a.kind, a.slug, $2, now() FROM entities a WHERE a.id = $1
            ON CONFLICT (subject, entity_kind, old_slug) DO UPDATE SET subject_id = EXCLUDED.subject_id
            """, absorbed, kept);
        sql.Add("UPDATE source_documents SET profile_entity_id = $2 WHERE profile_entity_id = $1", absorbed, kept);
        sql.Add("UPDATE aliases SET entity_id = $2 WHERE id = ANY($1)", movedAliases.ToArray(), kept);
        foreach (var (gone, same) in sameNames)
        {
            sql.Add("UPDATE aliases k SET editor_votes = k.editor_votes + a.editor_votes FROM aliases a WHERE k.id = $2 AND a.id = $1", gone, same);
            sql.Add("UPDATE source_documents SET name_votes = array_replace(name_votes, $1, $2) WHERE name_votes @> ARRAY[$1]", gone, same);
        }
        sql.Add("""
            UPDATE entities k SET lead = a.lead, lead_edited_by = a.lead_edited_by, lead_edited_by_user_id = a.lead_edited_by_user_id
              FROM entities a WHERE k.id = $2 AND a.id = $1 AND k.lead IS NULL
            """, absorbed, kept);
        // The aliases that the kept entity has too go with the absorbed one (cascade).
        sql.Add("DELETE FROM entities WHERE id = $1", absorbed);
    }
}
