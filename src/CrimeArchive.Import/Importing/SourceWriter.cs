using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Writes one extracted text in one transaction: its raw source, its article or profile,
/// its entities and what it states.</summary>
internal sealed class SourceWriter(ArchiveDbContext db, ImportBatch batch, DateTimeOffset now)
{
    public async Task<FileOutcome> WriteAsync(
        string name, string checksum, DecodedSource decoded, Extraction.Extraction extraction, CancellationToken cancellationToken)
    {
        var doc = extraction.Document;
        // One SaveChanges is one transaction; an explicit one is only needed when a replaced copy's
        // statements are deleted first.
        var previous = batch.CurrentSourceOf(name);
        await using var transaction = previous is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);

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
            await db.Mentions.Where(m => m.SourceDocumentId == previous.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Relationships.Where(r => r.SourceDocumentId == previous.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Facts.Where(f => f.SourceDocumentId == previous.Id).ExecuteDeleteAsync(cancellationToken);
        }

        var entityWriter = new EntityWriter(db, batch.Entities, now);
        var entities = await entityWriter.WriteAsync(extraction.Entities, source, cancellationToken);
        var statements = new StatementWriter(db, now);

        Article? article = null;
        var status = previous is null ? ImportStatus.Imported : ImportStatus.Updated;
        string? detail = null;
        string target;
        if (doc.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile)
        {
            var subject = await ProfileSubjectAsync(extraction, entities, entityWriter, source, cancellationToken);
            await new ProfileWriter(db).WriteAsync(subject, doc, source, cancellationToken);
            statements.WriteFactbox(subject, doc.Factbox, source, doc.Date);
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
        if (doc.CountryFactbox.Count > 0 && doc.Country is not null)
        {
            var country = entities.FirstOrDefault(e => e.Key.Kind == EntityKind.Place && e.Key.Name == doc.Country).Value
                ?? (await entityWriter.WriteAsync([new ExtractedEntity(EntityKind.Place, doc.Country, [doc.Country], [])], source, cancellationToken)).Values.First();
            statements.WriteFactbox(country, doc.CountryFactbox, source, doc.Date);
        }

        statements.Write(extraction, entities, source, article);
        entityWriter.Settle(db.ChangeTracker.Entries<Entity>().Select(e => e.Entity), batch.EntitySlugs);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        entityWriter.Register(db.ChangeTracker.Entries<Entity>().Select(e => e.Entity));
        batch.Saved(source, article);

        return new FileOutcome(name, status, detail, target, source.Warnings);
    }

    private static async Task<Entity> ProfileSubjectAsync(
        Extraction.Extraction extraction, Dictionary<ExtractedEntity, Entity> entities, EntityWriter writer,
        SourceDocument source, CancellationToken cancellationToken)
    {
        if (ProfileWriter.SubjectOf(extraction) is { } subject)
            return entities[subject];
        var doc = extraction.Document;
        var kind = doc.Kind == DocumentKind.GroupProfile ? EntityKind.Group : EntityKind.Person;
        var title = doc.Title ?? "Unnamed profile";
        var created = await writer.WriteAsync([new ExtractedEntity(kind, title, [title], [])], source, cancellationToken);
        return created.Values.First();
    }
}
