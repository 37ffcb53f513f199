using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Data.Search;
using CrimeArchive.Data.Text;
using CrimeArchive.Web.Editing.History;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Profiles;

/// <summary>Where an editor's statement comes from: a sentence of an article in the archive, or a
/// source outside it in words.</summary>
public sealed record StatementCitation(string? ArticleSlug, string? Sentence, string? SourceNote);

/// <summary>The newsroom's statements on a profile: facts and relationships added with a citation and a
/// reason, claims withdrawn with a reason (never deleted), and disagreements settled. Each is written
/// to the audit log and the profile's history.</summary>
public sealed class StatementEditing(ArchiveDbContext db, TimeProvider clock)
{
    public async Task<string?> AddFactAsync(long entityId, string key, string value, StatementCitation citation, string reason, EditorRef editor,
        CancellationToken cancellationToken)
    {
        key = key.Trim();
        value = value.Trim();
        if (key.Length == 0 || value.Length == 0)
            return "A fact needs a name (such as Status) and a value.";
        return await WriteAsync(entityId, editor, $"fact '{key}: {value}' added", async entity =>
        {
            var source = await SourceAsync(citation, reason, cancellationToken);
            if (source.Error is not null)
                return source.Error;
            db.Facts.Add(Stamp(new Fact { EntityId = entity.Id, Key = key, Value = value }, source.Article, citation, reason, editor));
            return null;
        }, cancellationToken);
    }

    public async Task<string?> AddRelationshipAsync(long subjectId, RelationshipType type, long objectId, StatementCitation citation, string reason,
        EditorRef editor, CancellationToken cancellationToken)
    {
        if (subjectId == objectId)
            return "An entity is not related to itself.";
        if (!await db.Entities.AnyAsync(e => e.Id == objectId, cancellationToken))
            return "The other entity is not in the archive.";
        return await WriteAsync(subjectId, editor, $"relationship '{type}' added", async entity =>
        {
            var source = await SourceAsync(citation, reason, cancellationToken);
            if (source.Error is not null)
                return source.Error;
            db.Relationships.Add(Stamp(new Relationship { SubjectId = subjectId, Type = type, ObjectId = objectId }, source.Article, citation, reason, editor));
            return null;
        }, cancellationToken);
    }

    public Task<string?> WithdrawFactAsync(long entityId, string key, string value, string reason, EditorRef editor, CancellationToken cancellationToken) =>
        WithdrawAsync(new Withdrawal
        {
            Kind = StatementKind.Fact, EntityId = entityId, FactKey = key, FactValue = value, WithdrawnBy = editor, Reason = reason.Trim(),
        }, $"fact '{key}: {value}' withdrawn", cancellationToken);

    public async Task<string?> WithdrawRelationshipAsync(long subjectId, RelationshipType type, long objectId, string reason, EditorRef editor,
        CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.SubjectId == subjectId && r.Type == type && r.ObjectId == objectId, cancellationToken))
            return "No text states that relationship.";
        return await WithdrawAsync(new Withdrawal
        {
            Kind = StatementKind.Relationship, EntityId = subjectId, Type = type, ObjectId = objectId, WithdrawnBy = editor, Reason = reason.Trim(),
        }, $"relationship '{type}' withdrawn", cancellationToken);
    }

    public async Task<string?> SettleAsync(long entityId, string key, string value, string reason, EditorRef editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Id == entityId, cancellationToken);
        if (entity is null)
            return "There is no such profile.";
        var settled = await FactSettlement.SettleAsync(db, entity, key, value, editor, reason, clock, cancellationToken);
        if (!settled.Settled)
            return settled.Message;
        RevisionLog.Audit(db, AuditAction.Settled, RevisionSubject.Entity, entity.Id, editor, $"{entity.Name}: {key} settled as '{value}'", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await LogChangeAsync(entity.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<string?> WithdrawAsync(Withdrawal withdrawal, string summary, CancellationToken cancellationToken)
    {
        if (withdrawal.Reason.Length == 0)
            return "Say why the statement is withdrawn: readers of the history will ask.";
        return await WriteAsync(withdrawal.EntityId, withdrawal.WithdrawnBy, summary, entity =>
        {
            withdrawal.WithdrawnBy = withdrawal.WithdrawnBy.Copy();
            withdrawal.WithdrawnAt = clock.GetUtcNow();
            db.Withdrawals.Add(withdrawal);
            RevisionLog.Audit(db, AuditAction.Withdrew, RevisionSubject.Entity, entity.Id, withdrawal.WithdrawnBy, $"{entity.Name}: {summary} ({withdrawal.Reason})",
                withdrawal.WithdrawnAt);
            return Task.FromResult<string?>(null);
        }, cancellationToken);
    }

    private async Task<string?> WriteAsync(long entityId, EditorRef editor, string summary, Func<Entity, Task<string?>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The profile's row is locked as its other writers lock it: one revision number at a time.
        var entity = await db.Entities.FromSql($"SELECT *, xmin FROM entities WHERE id = {entityId} FOR UPDATE")
            .Include(e => e.Aliases).Include(e => e.Sections).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
            return "There is no such profile.";
        if (await change(entity) is { } refused)
            return refused;
        await RevisionLog.AddAsync(db, RevisionSubject.Entity, entity.Id, editor, summary, ProfileSnapshot.Of(entity).ToJson(), clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await LogChangeAsync(entity.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>In the change log with the statement: every instance then drops the reader pages built
    /// before it, as it does for any other write.</summary>
    private Task LogChangeAsync(long entityId, CancellationToken cancellationToken) =>
        SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Entity, entityId)], cancellationToken);

    /// <summary>The article a citation names, with the sentence checked against its text.</summary>
    private async Task<(Article? Article, string? Error)> SourceAsync(StatementCitation citation, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return (null, "Say why you add this statement.");
        if (string.IsNullOrWhiteSpace(citation.ArticleSlug))
            return string.IsNullOrWhiteSpace(citation.SourceNote) ? (null, "Cite an article's sentence, or name the source in words.") : (null, null);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Slug == citation.ArticleSlug.Trim(), cancellationToken);
        if (article is null)
            return (null, $"There is no article '{citation.ArticleSlug}'.");
        if (string.IsNullOrWhiteSpace(citation.Sentence))
            return (null, "Quote the sentence of the article that states it.");
        var text = NameNormalizer.Normalize($"{article.Title}\n{article.Lead}\n{article.BodyMarkdown}\n{article.AnalysisMarkdown}");
        return text.Contains(NameNormalizer.Normalize(citation.Sentence), StringComparison.Ordinal)
            ? (article, null)
            : (null, "That sentence is not in the article: quote it as it is written there.");
    }

    private T Stamp<T>(T statement, Article? article, StatementCitation citation, string reason, EditorRef editor) where T : Statement
    {
        statement.ArticleId = article?.Id;
        statement.Sentence = article is null ? null : citation.Sentence!.Trim();
        statement.StatedOn = article?.PublishedOn;
        statement.SourceNote = article is null ? citation.SourceNote!.Trim() : null;
        statement.Editor = editor.Copy();
        statement.Reason = reason.Trim();
        statement.CreatedAt = clock.GetUtcNow();
        return statement;
    }

}
