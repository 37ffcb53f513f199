using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CrimeArchive.Import.Importing;

/// <summary>Records what a text says: mentions, relationships and facts, each citing the text, its
/// sentence and the text's date. Statements are added, never overwritten. They are the bulk of an
/// import's rows, so they are written with COPY after the entities they refer to have ids, inside
/// the file's transaction.</summary>
internal sealed class StatementWriter(ArchiveDbContext db, DateTimeOffset now)
{
    private readonly List<Data.Mention> mentions = [];
    private readonly List<Relationship> relationships = [];
    private readonly List<Fact> facts = [];

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
                if (seenMentions.Add((m.Start, entity)))
                {
                    mentions.Add(new Data.Mention
                    {
                        Entity = entity, SourceDocument = source, Article = article,
                        Surface = m.Surface, Start = m.Start, Length = m.Length,
                        Sentence = m.Sentence, SentenceStart = m.SentenceStart,
                    });
                }
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
            relationships.Add(new Relationship
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
            var at = source.RawText.IndexOf(value, StringComparison.Ordinal);
            AddFact(entity, key, value, $"{key}: {value}", at < 0 ? null : at, source, null, statedOn);
        }
    }

    /// <summary>Writes the collected statements; call after SaveChanges, within the file's transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (mentions.Count > 0)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY mentions (entity_id, source_document_id, article_id, surface, start, length, sentence, sentence_start) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var m in mentions)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(m.Entity!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(m.SourceDocument!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(copy, m.Article?.Id, cancellationToken);
                await copy.WriteAsync(m.Surface, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(m.Length, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(m.Sentence, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(m.SentenceStart, NpgsqlDbType.Integer, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        if (relationships.Count > 0)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY relationships (subject_id, type, object_id, source_document_id, article_id, sentence, sentence_start, stated_on, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var r in relationships)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(r.Subject!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(r.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.Object!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(r.SourceDocument!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(copy, r.Article?.Id, cancellationToken);
                await copy.WriteAsync(r.Sentence, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, r.SentenceStart, cancellationToken);
                await WriteDateAsync(copy, r.StatedOn, cancellationToken);
                await copy.WriteAsync(r.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        if (facts.Count > 0)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY facts (entity_id, key, value, source_document_id, article_id, sentence, sentence_start, stated_on, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var f in facts)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(f.Entity!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(f.Key, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(f.Value, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(f.SourceDocument!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(copy, f.Article?.Id, cancellationToken);
                await copy.WriteAsync(f.Sentence, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, f.SentenceStart, cancellationToken);
                await WriteDateAsync(copy, f.StatedOn, cancellationToken);
                await copy.WriteAsync(f.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        mentions.Clear();
        relationships.Clear();
        facts.Clear();
    }

    private void AddFact(Entity entity, string key, string value, string sentence, int? start, SourceDocument source, Article? article, DateOnly? statedOn) =>
        facts.Add(new Fact
        {
            Entity = entity, Key = key, Value = value, SourceDocument = source, Article = article,
            Sentence = sentence, SentenceStart = start, StatedOn = statedOn, CreatedAt = now,
        });

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } v)
            await copy.WriteAsync(v, cancellationToken);
        else
            await copy.WriteNullAsync(cancellationToken);
    }

    private static async Task WriteDateAsync(NpgsqlBinaryImporter copy, DateOnly? value, CancellationToken cancellationToken)
    {
        if (value is { } v)
            await copy.WriteAsync(v, NpgsqlDbType.Date, cancellationToken);
        else
            await copy.WriteNullAsync(cancellationToken);
    }
}
