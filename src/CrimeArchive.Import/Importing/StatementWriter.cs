using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Importing;

/// <summary>Records what a text says: mentions, relationships and facts, each citing the text, its
/// sentence and the text's date. Statements are added, never overwritten.</summary>
internal sealed class StatementWriter(ArchiveDbContext db, DateTimeOffset now)
{
    public void Write(
        Extraction.Extraction extraction, IReadOnlyDictionary<ExtractedEntity, Entity> entities,
        SourceDocument source, Article? article)
    {
        var statedOn = extraction.Document.Date;
        var seenMentions = new HashSet<(int, Entity)>();
        foreach (var (item, entity) in entities)
        {
            foreach (var m in item.Mentions)
            {
                if (!seenMentions.Add((m.Start, entity)))
                    continue;
                db.Mentions.Add(new Data.Mention
                {
                    Entity = entity, SourceDocument = source, Article = article,
                    Surface = m.Surface, Start = m.Start, Length = m.Length,
                    Sentence = m.Sentence, SentenceStart = m.SentenceStart,
                });
            }
        }

        var seenRelationships = new HashSet<(Entity, RelationshipType, Entity)>();
        foreach (var r in extraction.Relationships)
        {
            var subject = entities[r.Subject];
            var @object = entities[r.Object];
            if (subject == @object || seenRelationships.Contains((subject, r.Type, @object))
                || (r.Type.IsSymmetric() && seenRelationships.Contains((@object, r.Type, subject))))
                continue;
            seenRelationships.Add((subject, r.Type, @object));
            db.Relationships.Add(new Relationship
            {
                Subject = subject, Type = r.Type, Object = @object, SourceDocument = source, Article = article,
                Sentence = r.Sentence, SentenceStart = r.SentenceStart, StatedOn = statedOn, CreatedAt = now,
            });
        }

        foreach (var f in extraction.Facts)
            AddFact(entities[f.Entity], f.Key, f.Value, f.Sentence, f.SentenceStart, source, article, statedOn);
    }

    public void WriteFactbox(Entity entity, IEnumerable<KeyValuePair<string, string>> factbox, SourceDocument source, DateOnly? statedOn)
    {
        foreach (var (key, value) in factbox)
        {
            var line = $"{key}: {value}";
            var at = source.RawText.IndexOf(value, StringComparison.Ordinal);
            AddFact(entity, key, value, line, at < 0 ? null : at, source, null, statedOn);
        }
    }

    private void AddFact(Entity entity, string key, string value, string sentence, int? start, SourceDocument source, Article? article, DateOnly? statedOn) =>
        db.Facts.Add(new Fact
        {
            Entity = entity, Key = key, Value = value, SourceDocument = source, Article = article,
            Sentence = sentence, SentenceStart = start, StatedOn = statedOn, CreatedAt = now,
        });
}
