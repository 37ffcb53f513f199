using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Import.Importing;

/// <summary>Writes one extracted text in one transaction: its raw source, its article or profile,
/// its entities and what it states. What the text needs to know is read first (most texts need
/// nothing: the batch holds the archive's entities); everything it changes then goes in one
/// <see cref="WriteBatch"/>, in an order that satisfies the foreign keys, which PostgreSQL runs as
/// one transaction. Planning and saving are
/// two steps, so that the importer can read the next file while this one is being saved.</summary>
internal sealed class SourceWriter(ArchiveDbContext db, ImportBatch batch, IdBlocks ids, DateTimeOffset now)
{
    private readonly EntityWriter entityWriter = new(batch, ids, now);
    private readonly WriteBatch sql = new();
    private Action? afterSave;

    /// <summary>Works out what the text changes, in the batch's copy of the archive at once and as
    /// statements for <see cref="SaveAsync"/>; returns what the import reports once it is saved.</summary>
    public async Task<FileOutcome> PlanAsync(
        string name, string checksum, DecodedSource decoded, Extraction.Extraction extraction, CancellationToken cancellationToken)
    {
        var doc = extraction.Document;
        var rawText = decoded.Text!;
        var previous = batch.CurrentSourceOf(name);
        var sourceId = await ids.NextAsync(IdBlocks.Sources, cancellationToken);
        var votes = new List<long>();

        // A changed copy of a file already imported replaces that copy: what the old copy stated goes,
        // its raw text stays (marked as superseded).
        if (previous is not null)
        {
            var oldVotes = await db.SourceDocuments.Where(s => s.Id == previous.Id).Select(s => s.NameVotes).SingleAsync(cancellationToken);
            ForgetStatements(previous.Id, oldVotes);
            batch.Read.Remove(previous.Id);
        }

        var entities = await entityWriter.WriteAsync(extraction.Entities, sourceId, votes, cancellationToken);
        Article? article = null;
        IndexedEntity? subject = null;
        var status = previous is null ? ImportStatus.Imported : ImportStatus.Updated;
        string? detail = null;
        if (doc.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile)
            subject = await ProfileSubjectAsync(extraction, entities, sourceId, votes, cancellationToken);
        else
        {
            var articles = new ArticleWriter(db, batch, ids, now);
            (article, var articleStatus, detail) = await articles.WriteAsync(doc, previous?.ArticleId, cancellationToken);
            if (previous is null)
                status = articleStatus;
            articles.AssignSlug(article);
        }
        var statements = await StatementsAsync(extraction, entities, subject, sourceId, article?.Id, rawText, votes, cancellationToken);
        entityWriter.Settle();

        if (article is not null)
            ArticleWriter.Append(sql, article);
        entityWriter.AppendEntities(sql);
        sql.Add("""
            INSERT INTO source_documents (id, file_name, checksum, raw_text, encoding, imported_at, warnings, name_votes, article_id, profile_entity_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint, $10::bigint)
            """,
            sourceId, name, checksum, rawText, decoded.Encoding, now, decoded.Warnings.Concat(doc.Warnings).ToArray(), votes.ToArray(),
            article?.Id, subject?.Id);
        if (previous is not null)
            sql.Add("UPDATE source_documents SET superseded_by_id = $2 WHERE id = $1", previous.Id, sourceId);
        entityWriter.AppendNames(sql);
        if (subject is not null)
        {
            long[] owners = entityWriter.Created(subject) ? [] : [subject.Id, .. entityWriter.AbsorbedInto(subject)];
            await new ProfileWriter(db).WriteAsync(subject, owners, doc, sourceId, sql, cancellationToken);
        }
        statements.Append(sql);
        sql.AddSearchChanges(SearchChanges(article?.Id ?? previous?.ArticleId));

        afterSave = () =>
        {
            batch.Saved(name, checksum, sourceId, article);
            batch.Remember(sourceId, rawText, extraction);
        };
        return new FileOutcome(name, status, detail, article?.Slug ?? subject!.Name, [.. decoded.Warnings, .. doc.Warnings]);
    }

    /// <summary>Sends the planned statements: once they have run, all together, the file is in the archive.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await sql.ExecuteAsync((NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);
        afterSave?.Invoke();
    }

    /// <summary>Reads an imported text again with the names the archive knows now, replacing what
    /// it was found to state; its article or profile stays as it is.</summary>
    public async Task RefreshAsync(long sourceId, Extraction.Extraction extraction, CancellationToken cancellationToken)
    {
        var source = await db.SourceDocuments.AsNoTracking()
            .Where(s => s.Id == sourceId)
            .Select(s => new { s.SupersededById, s.ArticleId, s.NameVotes, s.RawText })
            .SingleAsync(cancellationToken);
        if (source.SupersededById is not null)
            return;
        var votes = source.NameVotes;
        ForgetStatements(sourceId, votes);
        var entities = await entityWriter.WriteAsync(extraction.Entities, sourceId, votes, cancellationToken);
        IndexedEntity? subject = null;
        if (extraction.Document.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile)
            subject = await ProfileSubjectAsync(extraction, entities, sourceId, votes, cancellationToken);
        var statements = await StatementsAsync(extraction, entities, subject, sourceId, source.ArticleId, source.RawText, votes, cancellationToken);
        entityWriter.Settle();

        entityWriter.AppendEntities(sql);
        sql.Add("UPDATE source_documents SET name_votes = $2 WHERE id = $1", sourceId, votes.ToArray());
        entityWriter.AppendNames(sql);
        statements.Append(sql);
        sql.AddSearchChanges(SearchChanges(source.ArticleId));
        afterSave = () => batch.Remember(sourceId, source.RawText, extraction);
        await SaveAsync(cancellationToken);
    }

    private List<(SearchChangeKind Kind, long Id)> SearchChanges(long? articleId) =>
        [.. entityWriter.SearchChanges(), .. articleId is { } id ? [(SearchChangeKind.Article, id)] : Array.Empty<(SearchChangeKind, long)>()];

    /// <summary>Takes back what a text was found to state: its votes for names (in the batch's copy;
    /// a replaced text's stored votes no longer count, a re-read one's are overwritten), its
    /// statements first thing in the batch.</summary>
    private void ForgetStatements(long sourceId, List<long> votes)
    {
        entityWriter.WithdrawVotes(votes);
        sql.Add("DELETE FROM mentions WHERE source_document_id = $1", sourceId);
        sql.Add("DELETE FROM relationships WHERE source_document_id = $1", sourceId);
        sql.Add("DELETE FROM facts WHERE source_document_id = $1", sourceId);
    }

    private async Task<StatementWriter> StatementsAsync(
        Extraction.Extraction extraction, Dictionary<ExtractedEntity, IndexedEntity> entities, IndexedEntity? subject,
        long sourceId, long? articleId, string rawText, List<long> votes, CancellationToken cancellationToken)
    {
        var doc = extraction.Document;
        var statements = new StatementWriter(sourceId, articleId, doc.Date, now);
        if (subject is not null)
            statements.WriteFactbox(subject, doc.Factbox, rawText);
        if (doc.CountryFactbox.Count > 0 && doc.Country is not null)
        {
            var country = entities.FirstOrDefault(e => e.Key.Kind == EntityKind.Place && e.Key.Name == doc.Country).Value
                ?? (await entityWriter.WriteAsync([new ExtractedEntity(EntityKind.Place, doc.Country, [doc.Country], [])], sourceId, votes, cancellationToken)).Values.First();
            statements.WriteFactbox(country, doc.CountryFactbox, rawText);
        }
        statements.Write(extraction, entities);
        return statements;
    }

    private async Task<IndexedEntity> ProfileSubjectAsync(
        Extraction.Extraction extraction, Dictionary<ExtractedEntity, IndexedEntity> entities, long sourceId, List<long> votes,
        CancellationToken cancellationToken)
    {
        if (ProfileWriter.SubjectOf(extraction) is { } subject)
            return entities[subject];
        var doc = extraction.Document;
        var kind = doc.Kind == DocumentKind.GroupProfile ? EntityKind.Group : EntityKind.Person;
        var title = doc.Title is null ? "Unnamed profile" : Parsing.TitleDeriver.ProfileName(doc.Title);
        var created = await entityWriter.WriteAsync([new ExtractedEntity(kind, title, [title], [])], sourceId, votes, cancellationToken);
        return created.Values.First();
    }
}
