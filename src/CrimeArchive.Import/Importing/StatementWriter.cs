using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using ExtractedMention = CrimeArchive.Import.Extraction.Mention;

namespace CrimeArchive.Import.Importing;

/// <summary>Records what a text says: mentions, relationships and facts, each citing the text, its
/// sentence and the text's date. Statements are added, never overwritten. They are the bulk of an
/// import's rows: each table gets one INSERT of unnested arrays, whatever the number of rows.</summary>
internal sealed class StatementWriter(long sourceId, long? articleId, DateOnly? statedOn, DateTimeOffset now)
{
    private readonly List<(long Entity, ExtractedMention Mention)> mentions = [];
    private readonly List<(long Subject, RelationshipType Type, long Object, string Sentence, int SentenceStart)> relationships = [];
    private readonly List<(long Entity, string Key, string Value, string Sentence, int? SentenceStart, bool InText)> facts = [];

    public void Write(Extraction.Extraction extraction, IReadOnlyDictionary<ExtractedEntity, IndexedEntity> entities)
    {
        var seenMentions = new HashSet<(int, long)>();
        foreach (var (item, entity) in entities)
        {
            foreach (var m in item.Mentions)
            {
                if (seenMentions.Add((m.Start, entity.Id)))
                    mentions.Add((entity.Id, m));
            }
        }

        var seenRelationships = new HashSet<(long, RelationshipType, long)>();
        foreach (var r in extraction.Relationships)
        {
            var subject = entities[r.Subject].Id;
            var @object = entities[r.Object].Id;
            if (subject == @object || seenRelationships.Contains((subject, r.Type, @object))
                || (r.Type.IsSymmetric() && seenRelationships.Contains((@object, r.Type, subject))))
                continue;
            seenRelationships.Add((subject, r.Type, @object));
            relationships.Add((subject, r.Type, @object, r.Sentence, r.SentenceStart));
        }

        foreach (var f in extraction.Facts)
            facts.Add((entities[f.Entity].Id, f.Key, f.Value, f.Sentence, f.SentenceStart, InText: true));
    }

    /// <summary>A profile's factbox: each line is the sentence its fact cites.</summary>
    public void WriteFactbox(IndexedEntity entity, IEnumerable<KeyValuePair<string, string>> factbox, string rawText)
    {
        foreach (var (key, value) in factbox)
        {
            var at = rawText.IndexOf(value, StringComparison.Ordinal);
            facts.Add((entity.Id, key, value, $"{key}: {value}", at < 0 ? null : at, InText: false));
        }
    }

    public void Append(WriteBatch sql)
    {
        if (mentions.Count > 0)
        {
            sql.Add("""
                INSERT INTO mentions (entity_id, source_document_id, article_id, surface, start, length, sentence, sentence_start)
                SELECT u.entity_id, $7, $8::bigint, u.surface, u.start, u.length, u.sentence, u.sentence_start
                  FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::text[], $6::int[])
                    AS u(entity_id, surface, start, length, sentence, sentence_start)
                """,
                mentions.Select(m => m.Entity).ToArray(), mentions.Select(m => m.Mention.Surface).ToArray(),
                mentions.Select(m => m.Mention.Start).ToArray(), mentions.Select(m => m.Mention.Length).ToArray(),
                mentions.Select(m => m.Mention.Sentence).ToArray(), mentions.Select(m => m.Mention.SentenceStart).ToArray(),
                sourceId, articleId);
        }
        if (relationships.Count > 0)
        {
            sql.Add("""
                INSERT INTO relationships (subject_id, type, object_id, sentence, sentence_start, source_document_id, article_id, stated_on, created_at)
                SELECT u.subject_id, u.type, u.object_id, u.sentence, u.sentence_start, $6, $7::bigint, $8::date, $9
                  FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::int[]) AS u(subject_id, type, object_id, sentence, sentence_start)
                """,
                relationships.Select(r => r.Subject).ToArray(), relationships.Select(r => r.Type.ToString()).ToArray(),
                relationships.Select(r => r.Object).ToArray(), relationships.Select(r => r.Sentence).ToArray(),
                relationships.Select(r => r.SentenceStart).ToArray(), sourceId, articleId, statedOn, now);
        }
        if (facts.Count > 0)
        {
            // Factbox facts belong to the profile, not to an article.
            sql.Add("""
                INSERT INTO facts (entity_id, key, value, sentence, sentence_start, article_id, source_document_id, stated_on, created_at)
                SELECT u.entity_id, u.key, u.value, u.sentence, u.sentence_start, CASE WHEN u.in_text THEN $7::bigint END, $8, $9::date, $10
                  FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::int[], $6::boolean[])
                    AS u(entity_id, key, value, sentence, sentence_start, in_text)
                """,
                facts.Select(f => f.Entity).ToArray(), facts.Select(f => f.Key).ToArray(), facts.Select(f => f.Value).ToArray(),
                facts.Select(f => f.Sentence).ToArray(), facts.Select(f => f.SentenceStart).ToArray(), facts.Select(f => f.InText).ToArray(),
                articleId, sourceId, statedOn, now);
        }
        mentions.Clear();
        relationships.Clear();
        facts.Clear();
    }
}
