using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Reads published articles: one by its slug, or the archive newest first.</summary>
public sealed class ArticleQuery(ArchiveDbContext db)
{
    public const int PageSize = 25;

    /// <summary>Null when no published article has this slug (a draft is not found either).</summary>
    public async Task<ArticleDetails?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Published()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(a.Id, a.Slug, a.Title, a.TitleDerived, a.Kind, a.PublishedOn, a.YearHint,
                a.Author, a.Country, a.Tags, a.BodyMarkdown, a.AnalysisMarkdown))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return null;
        return new ArticleDetails(article,
            await NamedEntitiesAsync(article.Id, cancellationToken),
            await SourcesAsync(article.Id, cancellationToken));
    }

    /// <summary>The slug a published article has now, when <paramref name="oldSlug"/> is one it had before.</summary>
    public Task<string?> RenamedAsync(string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Subject == RevisionSubject.Article && r.OldSlug == oldSlug)
            .Join(db.Articles.Published(), r => r.SubjectId, a => a.Id, (_, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<PagedList<ArticleCard>> LatestAsync(int pageNumber, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Published().NewestFirst()
            .ToPagedListAsync(ArticleCard.FromArticle, pageNumber, PageSize, cancellationToken);

    /// <summary>By kind (stored by name, so groups, people, places), then the most mentioned first.</summary>
    private async Task<IReadOnlyList<NamedEntity>> NamedEntitiesAsync(long articleId, CancellationToken cancellationToken) =>
        await db.Entities.AsNoTracking()
            .Where(e => e.Mentions.Any(m => m.ArticleId == articleId))
            .OrderBy(e => e.Kind)
            .ThenByDescending(e => e.Mentions.Count(m => m.ArticleId == articleId))
            .ThenBy(e => e.Name)
            .Select(e => new NamedEntity(e.Kind, e.Slug, e.Name, e.Mentions.Count(m => m.ArticleId == articleId)))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ArticleSource>> SourcesAsync(long articleId, CancellationToken cancellationToken) =>
        await db.SourceDocuments.AsNoTracking()
            .Where(s => s.ArticleId == articleId)
            .OrderBy(s => s.Id)
            .Select(s => new ArticleSource(s.FileName, s.ImportedAt, s.SupersededById != null))
            .ToListAsync(cancellationToken);
}
