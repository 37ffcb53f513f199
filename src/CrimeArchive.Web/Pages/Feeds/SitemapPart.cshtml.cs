using System.Globalization;
using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>One part of the sitemap: the site's fixed pages, the profiles, or a part of the articles.</summary>
public class SitemapPartModel(SitemapQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string part, CancellationToken cancellationToken)
    {
        if (part == "pages")
        {
            return SitemapXml.Urls(
            [
                (Request.Absolute("/"), null),
                (Request.Absolute(Url.Page("/Articles/Index")!), null),
                .. EntityKinds.All.Select(k => (Request.Absolute(Url.Page("/Entities/Index", new { kind = k.Segment })!), (DateTimeOffset?)null)),
            ]);
        }
        if (part == "profiles")
        {
            var entities = await query.EntitiesAsync(cancellationToken);
            return SitemapXml.Urls(entities.Select(e => (Request.Absolute(Url.Page("/Entities/Details", new { kind = e.Kind.Segment(), slug = e.Slug })!), (DateTimeOffset?)e.UpdatedAt)));
        }
        if (part.StartsWith("articles-", StringComparison.Ordinal)
            && int.TryParse(part["articles-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= await query.ArticlePartsAsync(cancellationToken))
        {
            var articles = await query.ArticlesAsync(number, cancellationToken);
            return SitemapXml.Urls(articles.Select(a => (Request.Absolute(Url.Page("/Articles/Details", new { slug = a.Slug })!), (DateTimeOffset?)a.UpdatedAt)));
        }
        return NotFound();
    }
}
