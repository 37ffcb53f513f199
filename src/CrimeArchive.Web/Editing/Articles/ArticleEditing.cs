using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Data.Search;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Importing;
using CrimeArchive.Web.Editing.History;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Articles;

/// <summary>The newsroom's writes to articles: create, save, change state, restore. Each is one
/// transaction that locks the article's row (an import writing the same article waits, and then sees
/// the editor's change), refuses a form made from an older version, and writes a revision, the audit
/// line for state changes, and the search change log.</summary>
public sealed partial class ArticleEditing(ArchiveDbContext db, TimeProvider clock)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    public async Task<ArticleSaveResult> CreateAsync(ArticleFields fields, EditorRef editor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Written by the newsroom from the start: every field is the editors'.
        var article = new Article
        {
            Slug = "", Title = "", LeadFingerprint = "", Status = ArticleStatus.Draft, CreatedAt = now, EditedFields = [.. ArticleEditorFields.All],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ApplyAsync(article, fields, cancellationToken) is { } invalid)
            return invalid;
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        await RevisionLog.AddAsync(db, RevisionSubject.Article, article.Id, editor, "created", ArticleSnapshot.Of(article).ToJson(), now, cancellationToken);
        return await CommitAsync(article, transaction, cancellationToken);
    }

    public Task<ArticleSaveResult> SaveAsync(long id, uint version, ArticleFields fields, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, async article =>
        {
            var before = ArticleSnapshot.Of(article);
            if (await ApplyAsync(article, fields, cancellationToken) is { } invalid)
                return (invalid, null);
            var changed = ArticleSnapshot.Of(article).ChangedSince(before);
            article.EditedFields = [.. article.EditedFields.Union(changed.Intersect(ArticleEditorFields.All)).Order(StringComparer.Ordinal)];
            return (null, changed.Count == 0 ? null : string.Join(", ", changed));
        }, editor, cancellationToken);

    public Task<ArticleSaveResult> ChangeStateAsync(long id, uint version, ArticleStateChange change, DateTimeOffset? publishAt, EditorRef editor,
        CancellationToken cancellationToken) =>
        WriteAsync(id, version, async article =>
        {
            var now = clock.GetUtcNow();
            switch (change)
            {
                case ArticleStateChange.Publish:
                    article.Status = ArticleStatus.Published;
                    article.PublishAt = null;
                    article.PublishedOn ??= DateOnly.FromDateTime(now.UtcDateTime);
                    await DateStatementsAsync(article, cancellationToken);
                    RevisionLog.Audit(db, AuditAction.Published, RevisionSubject.Article, article.Id, editor, Describe(article), now);
                    break;
                case ArticleStateChange.Schedule:
                    if (publishAt is not { } at || at <= now)
                        return (ArticleSaveResult.Invalid("PublishAt", "Choose a time in the future to publish at."), null);
                    article.Status = ArticleStatus.Scheduled;
                    article.PublishAt = at;
                    RevisionLog.Audit(db, AuditAction.Scheduled, RevisionSubject.Article, article.Id, editor, $"{Describe(article)} for {at:u}", now);
                    break;
                case ArticleStateChange.Unpublish:
                    article.Status = ArticleStatus.Unpublished;
                    article.PublishAt = null;
                    RevisionLog.Audit(db, AuditAction.Unpublished, RevisionSubject.Article, article.Id, editor, Describe(article), now);
                    break;
                default:
                    if (article.Status == ArticleStatus.Published)
                        RevisionLog.Audit(db, AuditAction.Unpublished, RevisionSubject.Article, article.Id, editor, Describe(article) + " (back to draft)", now);
                    article.Status = ArticleStatus.Draft;
                    article.PublishAt = null;
                    break;
            }
            return (null, "state: " + article.Status.ToString().ToLowerInvariant());
        }, editor, cancellationToken);

    /// <summary>Puts an earlier revision's text back as a new revision (the history keeps both).</summary>
    public Task<ArticleSaveResult> RestoreAsync(long id, uint version, int number, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, async article =>
        {
            if (await RevisionLog.FindAsync(db, RevisionSubject.Article, id, number, cancellationToken) is not { } revision)
                return (ArticleSaveResult.Invalid("", $"There is no revision {number} of this article."), null);
            var old = ArticleSnapshot.FromJson(revision.Snapshot);
            var before = ArticleSnapshot.Of(article);
            var fields = new ArticleFields(old.Title, old.Slug, old.Kind, old.Language, old.Country, old.Tags, old.Author, old.PublishedOn, old.Lead, old.Body);
            if (await ApplyAsync(article, fields, cancellationToken) is { } invalid)
                return (invalid, null);
            var changed = ArticleSnapshot.Of(article).ChangedSince(before);
            article.EditedFields = [.. article.EditedFields.Union(changed.Intersect(ArticleEditorFields.All)).Order(StringComparer.Ordinal)];
            RevisionLog.Audit(db, AuditAction.Restored, RevisionSubject.Article, article.Id, editor, $"{Describe(article)}: revision {number}", clock.GetUtcNow());
            return (null, $"restored revision {number}");
        }, editor, cancellationToken);

    /// <summary>Publishes the scheduled articles whose time has come; run by every instance, each
    /// article taken by one (rows locked and skipped by the others).</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Articles.FromSql($"SELECT *, xmin FROM articles WHERE status = 'Scheduled' AND publish_at <= {now} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            var scheduledBy = await db.AuditLog.Where(e => e.Subject == RevisionSubject.Article && e.SubjectId == article.Id && e.Action == AuditAction.Scheduled)
                .OrderByDescending(e => e.At).Select(e => new EditorRef { UserId = e.Editor.UserId, Name = e.Editor.Name }).FirstOrDefaultAsync(cancellationToken)
                ?? EditorRef.Named("schedule");
            article.Status = ArticleStatus.Published;
            article.PublishedOn ??= DateOnly.FromDateTime(article.PublishAt!.Value.UtcDateTime);
            article.PublishAt = null;
            await DateStatementsAsync(article, cancellationToken);
            article.UpdatedAt = now;
            RevisionLog.Audit(db, AuditAction.Published, RevisionSubject.Article, article.Id, scheduledBy, Describe(article) + " (on schedule)", now);
            await RevisionLog.AddAsync(db, RevisionSubject.Article, article.Id, scheduledBy, "state: published on schedule",
                ArticleSnapshot.Of(article).ToJson(), now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [.. due.Select(a => (SearchChangeKind.Article, a.Id))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<ArticleSaveResult> WriteAsync(long id, uint version, Func<Article, Task<(ArticleSaveResult? Refused, string? Summary)>> change,
        EditorRef editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles.FromSql($"SELECT *, xmin FROM articles WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (article is null)
            return new ArticleSaveResult(ArticleSaveStatus.NotFound);
        if (article.Version != version)
            return await ConflictAsync(article, cancellationToken);
        var (refused, summary) = await change(article);
        if (refused is not null)
            return refused;
        if (summary is null)
            return new ArticleSaveResult(ArticleSaveStatus.Saved, article.Id, article.Slug, article.Version);
        var now = clock.GetUtcNow();
        article.UpdatedAt = now;
        await RevisionLog.AddAsync(db, RevisionSubject.Article, article.Id, editor, summary, ArticleSnapshot.Of(article).ToJson(), now, cancellationToken);
        try
        {
            return await CommitAsync(article, transaction, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row is locked for this transaction, so only a writer that ignores the lock gets here.
            db.ChangeTracker.Clear();
            var current = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
            return await ConflictAsync(current, cancellationToken);
        }
    }

    private async Task<ArticleSaveResult> CommitAsync(Article article, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        article.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Article, article.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var saved = await db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Version).SingleAsync(cancellationToken);
        return new ArticleSaveResult(ArticleSaveStatus.Saved, article.Id, article.Slug, saved);
    }

    private async Task<ArticleSaveResult> ConflictAsync(Article current, CancellationToken cancellationToken)
    {
        var last = await db.Revisions.AsNoTracking().Where(r => r.Subject == RevisionSubject.Article && r.SubjectId == current.Id)
            .OrderByDescending(r => r.Number).Select(r => new { r.Editor.Name, r.SavedAt }).FirstOrDefaultAsync(cancellationToken);
        return new ArticleSaveResult(ArticleSaveStatus.Conflict, current.Id, current.Slug, current.Version, Current: ArticleSnapshot.Of(current),
            CurrentSavedBy: last is null ? "an import" : $"{last.Name} at {last.SavedAt:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>Copies the fields onto the article, or says which one is wrong.</summary>
    private async Task<ArticleSaveResult?> ApplyAsync(Article article, ArticleFields fields, CancellationToken cancellationToken)
    {
        var title = fields.Title.Trim();
        if (title.Length == 0)
            return ArticleSaveResult.Invalid("Title", "A brief needs a title.");
        var slug = string.IsNullOrWhiteSpace(fields.Slug) ? Slugs.From(title) : fields.Slug.Trim().ToLowerInvariant();
        if (!SlugShape().IsMatch(slug) || slug.Length > 200)
            return ArticleSaveResult.Invalid("Slug", "A slug is lower-case letters, digits and single hyphens, such as 'gulf-cartel-boss-captured'.");
        if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != article.Id, cancellationToken)
            || await db.SlugRedirects.AnyAsync(r => r.Subject == RevisionSubject.Article && r.OldSlug == slug && r.SubjectId != article.Id, cancellationToken))
            return ArticleSaveResult.Invalid("Slug", $"The address /articles/{slug} is taken by another article; choose another slug.");
        if (fields.Language is not ("en" or "es"))
            return ArticleSaveResult.Invalid("Language", "The language is English (en) or Spanish (es).");

        if (article.Id != 0 && article.Slug.Length > 0 && article.Slug != slug)
            await KeepOldAddressAsync(article, slug, cancellationToken);
        article.Title = title;
        article.TitleDerived = false;
        article.Slug = slug;
        article.Kind = fields.Kind;
        article.Language = fields.Language;
        article.Country = Blank(fields.Country);
        article.Tags = [.. fields.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        article.Author = Blank(fields.Author);
        article.PublishedOn = fields.PublishedOn;
        // Browsers post text with CRLF; stored text (and what imports write) uses LF.
        article.Lead = fields.Lead.ReplaceLineEndings("\n").Trim();
        article.BodyMarkdown = fields.Body.ReplaceLineEndings("\n").Trim();
        article.LeadFingerprint = LeadFingerprint.Of(FirstParagraph(article.BodyMarkdown));
        return null;
    }

    /// <summary>The old address redirects to the article; taking back an old slug removes its redirect.</summary>
    private async Task KeepOldAddressAsync(Article article, string newSlug, CancellationToken cancellationToken)
    {
        await db.SlugRedirects.Where(r => r.Subject == RevisionSubject.Article && r.OldSlug == newSlug).ExecuteDeleteAsync(cancellationToken);
        if (!await db.SlugRedirects.AnyAsync(r => r.Subject == RevisionSubject.Article && r.OldSlug == article.Slug, cancellationToken))
            db.SlugRedirects.Add(new SlugRedirect { Subject = RevisionSubject.Article, OldSlug = article.Slug, SubjectId = article.Id, CreatedAt = clock.GetUtcNow() });
    }

    /// <summary>Statements accepted from a brief before it had a date take the date it is published on.</summary>
    private async Task DateStatementsAsync(Article article, CancellationToken cancellationToken)
    {
        await db.Facts.Where(f => f.ArticleId == article.Id && f.SourceDocumentId == null && f.StatedOn == null)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.StatedOn, article.PublishedOn), cancellationToken);
        await db.Relationships.Where(r => r.ArticleId == article.Id && r.SourceDocumentId == null && r.StatedOn == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.StatedOn, article.PublishedOn), cancellationToken);
    }

    private static string FirstParagraph(string markdown) =>
        markdown.ReplaceLineEndings("\n").Split("\n\n", 2, StringSplitOptions.TrimEntries)[0];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Describe(Article article) => $"'{article.Title}' (/articles/{article.Slug})";
}
