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
        await CopyAsync("mentions (entity_id, source_document_id, article_id, surface, start, length, sentence, sentence_start)", mentions,
            async (copy, m) =>
            {
                await copy.WriteAsync(m.Entity!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(m.SourceDocument!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(copy, m.Article?.Id, cancellationToken);
                await copy.WriteAsync(m.Surface, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(m.Length, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(m.Sentence, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(m.SentenceStart, NpgsqlDbType.Integer, cancellationToken);
            }, cancellationToken);
        await CopyAsync("relationships (subject_id, type, object_id, source_document_id, article_id, sentence, sentence_start, stated_on, created_at)", relationships,
            async (copy, r) =>
            {
                await copy.WriteAsync(r.Subject!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(r.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.Object!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteCitationAsync(copy, r.SourceDocument!.Id, r.Article?.Id, r.Sentence, r.SentenceStart, r.StatedOn, r.CreatedAt, cancellationToken);
            }, cancellationToken);
        await CopyAsync("facts (entity_id, key, value, source_document_id, article_id, sentence, sentence_start, stated_on, created_at)", facts,
            async (copy, f) =>
            {
                await copy.WriteAsync(f.Entity!.Id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(f.Key, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(f.Value, NpgsqlDbType.Text, cancellationToken);
                await WriteCitationAsync(copy, f.SourceDocument!.Id, f.Article?.Id, f.Sentence, f.SentenceStart, f.StatedOn, f.CreatedAt, cancellationToken);
            }, cancellationToken);
        mentions.Clear();
        relationships.Clear();
        facts.Clear();
    }

    private async Task CopyAsync<T>(string table, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> writeRow, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await writeRow(copy, row);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>The columns every statement shares: where it comes from and when.</summary>
    private static async Task WriteCitationAsync(
        NpgsqlBinaryImporter copy, long sourceId, long? articleId, string? sentence, int? sentenceStart, DateOnly? statedOn,
        DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await copy.WriteAsync(sourceId, NpgsqlDbType.Bigint, cancellationToken);
        await WriteNullableAsync(copy, articleId, cancellationToken);
        await copy.WriteAsync(sentence, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(copy, sentenceStart, cancellationToken);
        await WriteDateAsync(copy, statedOn, cancellationToken);
        await copy.WriteAsync(createdAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
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
