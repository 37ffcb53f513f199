using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Writes one extracted text in one transaction: its raw source, its article or profile,
/// its entities and what it states.</summary>
internal sealed class SourceWriter(ArchiveDbContext db, ImportBatch batch, DateTimeOffset now)
{
    private readonly EntityWriter entityWriter = new(db, batch, now);
    private readonly StatementWriter statements = new(db, now);

    public async Task<FileOutcome> WriteAsync(
        string name, string checksum, DecodedSource decoded, Extraction.Extraction extraction, CancellationToken cancellationToken)
    {
        var doc = extraction.Document;
        var previous = batch.CurrentSourceOf(name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var source = new SourceDocument
        {
            FileName = name,
            Checksum = checksum,
            RawText = decoded.Text!,
            Encoding = decoded.Encoding,
            ImportedAt = now,
            Warnings = [.. decoded.Warnings, .. doc.Warnings],
        };
        db.SourceDocuments.Add(source);

        // A changed copy of a file already imported replaces that copy: what the old copy stated goes,
        // its raw text stays (marked as superseded).
        if (previous is not null)
        {
            var replaced = await db.SourceDocuments.SingleAsync(s => s.Id == previous.Id, cancellationToken);
            replaced.SupersededBy = source;
            batch.Read.Remove(replaced.Id);
            await ForgetStatementsAsync(replaced, cancellationToken);
        }

        var entities = await entityWriter.WriteAsync(extraction.Entities, source, cancellationToken);
        Article? article = null;
        Entity? subject = null;
        var status = previous is null ? ImportStatus.Imported : ImportStatus.Updated;
        string? detail = null;
        string target;
        if (doc.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile)
        {
            subject = await ProfileSubjectAsync(extraction, entities, source, cancellationToken);
            await new ProfileWriter(db).WriteAsync(subject, doc, source, cancellationToken);
            target = subject.Name;
        }
        else
        {
            var articles = new ArticleWriter(db, batch, now);
            (article, var articleStatus, detail) = await articles.WriteAsync(doc, previous?.ArticleId, cancellationToken);
            if (previous is null)
                status = articleStatus;
            articles.AssignSlug(article);
            source.Article = article;
            target = article.Slug;
        }

        await WriteStatementsAsync(extraction, entities, source, article, subject, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        batch.Saved(source, article);
        return new FileOutcome(name, status, detail, target, source.Warnings);
    }

    /// <summary>Reads an imported text again with the names the archive knows now, replacing what
    /// it was found to state; its article or profile stays as it is.</summary>
    public async Task RefreshAsync(long sourceId, Extraction.Extraction extraction, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var source = await db.SourceDocuments.Include(s => s.Article).SingleAsync(s => s.Id == sourceId, cancellationToken);
        if (source.SupersededById is not null)
            return;
        await ForgetStatementsAsync(source, cancellationToken);
        var entities = await entityWriter.WriteAsync(extraction.Entities, source, cancellationToken);
        Entity? subject = null;
        if (extraction.Document.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile)
            subject = await ProfileSubjectAsync(extraction, entities, source, cancellationToken);
        await WriteStatementsAsync(extraction, entities, source, source.Article, subject, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ForgetStatementsAsync(SourceDocument source, CancellationToken cancellationToken)
    {
        await entityWriter.WithdrawVotesAsync(source, cancellationToken);
        await db.Mentions.Where(m => m.SourceDocumentId == source.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(r => r.SourceDocumentId == source.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Facts.Where(f => f.SourceDocumentId == source.Id).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteStatementsAsync(
        Extraction.Extraction extraction, Dictionary<ExtractedEntity, Entity> entities, SourceDocument source,
        Article? article, Entity? subject, CancellationToken cancellationToken)
    {
        var doc = extraction.Document;
        if (subject is not null)
            statements.WriteFactbox(subject, doc.Factbox, source, doc.Date);
        if (doc.CountryFactbox.Count > 0 && doc.Country is not null)
        {
            var country = entities.FirstOrDefault(e => e.Key.Kind == EntityKind.Place && e.Key.Name == doc.Country).Value
                ?? (await entityWriter.WriteAsync([new ExtractedEntity(EntityKind.Place, doc.Country, [doc.Country], [])], source, cancellationToken)).Values.First();
            statements.WriteFactbox(country, doc.CountryFactbox, source, doc.Date);
        }
        statements.Write(extraction, entities, source, article);
        entityWriter.Settle(db.ChangeTracker.Entries<Entity>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity), batch.EntitySlugs);
        await db.SaveChangesAsync(cancellationToken);
        await statements.FlushAsync(cancellationToken);
        entityWriter.Register(db.ChangeTracker.Entries<Entity>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity));
        batch.Remember(source, extraction);
    }

    private async Task<Entity> ProfileSubjectAsync(
        Extraction.Extraction extraction, Dictionary<ExtractedEntity, Entity> entities, SourceDocument source, CancellationToken cancellationToken)
    {
        if (ProfileWriter.SubjectOf(extraction) is { } subject)
            return entities[subject];
        var doc = extraction.Document;
        var kind = doc.Kind == DocumentKind.GroupProfile ? EntityKind.Group : EntityKind.Person;
        var title = doc.Title ?? "Unnamed profile";
        var created = await entityWriter.WriteAsync([new ExtractedEntity(kind, title, [title], [])], source, cancellationToken);
        return created.Values.First();
    }
}
