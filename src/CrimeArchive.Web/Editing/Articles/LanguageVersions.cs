using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Data.Search;
using CrimeArchive.Web.Editing.History;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Articles;

/// <summary>An editor says which article is the same piece in the other language, or that there is
/// none. Both articles (and any they were paired with before) are changed in one transaction, marked
/// as the editor's choice so imports never pair them otherwise, and the change is audited.</summary>
public sealed class LanguageVersions(ArchiveDbContext db, TimeProvider clock)
{
    /// <returns>Null when done, else why not.</returns>
    public async Task<string?> LinkAsync(long id, string? otherSlug, EditorRef editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles.FromSql($"SELECT *, xmin FROM articles WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (article is null)
            return "There is no such article.";
        Article? other = null;
        if (!string.IsNullOrWhiteSpace(otherSlug))
        {
            var slug = otherSlug.Trim();
            other = await db.Articles.FromSql($"SELECT *, xmin FROM articles WHERE slug = {slug} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
            if (other is null)
                return $"No article has the address “{slug}”.";
            if (other.Id == article.Id)
                return "An article cannot be its own other version.";
            if (other.Language == article.Language)
                return $"“{other.Title}” is in the same language as this article.";
        }
        var touched = new List<Article> { article };
        if (other is not null)
            touched.Add(other);
        // Whoever either was paired with before loses the pair.
        var formerIds = touched.Select(a => a.OtherLanguageId).OfType<long>().Except(touched.Select(a => a.Id)).ToList();
        foreach (var former in await db.Articles.Where(a => formerIds.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            former.OtherLanguageId = null;
            touched.Add(former);
        }
        article.OtherLanguageId = other?.Id;
        if (other is not null)
            other.OtherLanguageId = article.Id;
        var now = clock.GetUtcNow();
        foreach (var a in touched)
        {
            if (!a.EditedFields.Contains(ArticleEditorFields.OtherLanguage))
                a.EditedFields = [.. a.EditedFields, ArticleEditorFields.OtherLanguage];
            a.UpdatedAt = now;
        }
        RevisionLog.Audit(db, AuditAction.LinkedVersions, RevisionSubject.Article, article.Id, editor,
            other is null ? $"“{article.Title}” has no other-language version" : $"“{article.Title}” and “{other.Title}” are one piece", now);
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [.. touched.Select(a => (SearchChangeKind.Article, a.Id))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
