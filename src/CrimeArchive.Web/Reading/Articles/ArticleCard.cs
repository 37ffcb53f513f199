using System.Linq.Expressions;
using CrimeArchive.Data;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>An article in a list: the home page, the archive, and later search results and feeds.</summary>
public sealed record ArticleCard(
    string Slug, string Title, ArticleKind Kind, DateOnly? PublishedOn, int? YearHint, string? Country, string Lead)
{
    public static readonly Expression<Func<Article, ArticleCard>> FromArticle =
        a => new ArticleCard(a.Slug, a.Title, a.Kind, a.PublishedOn, a.YearHint, a.Country, a.Lead);
}

/// <summary>What readers may see of the articles table, and in which order.</summary>
public static class PublishedArticles
{
    /// <summary>Drafts stay with the editors: every reader-facing query starts here.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles) =>
        articles.Where(a => a.Status == ArticleStatus.Published);

    /// <summary>Newest first, undated texts after the dated ones (PostgreSQL would put their nulls
    /// first); the id breaks ties between articles of one day so pages do not overlap.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedOn != null).ThenByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);
}
