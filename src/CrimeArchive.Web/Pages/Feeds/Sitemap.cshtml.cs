using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>/sitemap.xml: the index of the site's sitemap parts.</summary>
public class SitemapModel(SitemapQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var articleParts = await query.ArticlePartsAsync(cancellationToken);
        return SitemapXml.Index(
        [
            Request.Absolute(Url.Page("/Feeds/SitemapPart", new { part = "pages" })!),
            Request.Absolute(Url.Page("/Feeds/SitemapPart", new { part = "profiles" })!),
            .. Enumerable.Range(1, articleParts).Select(n => Request.Absolute(Url.Page("/Feeds/SitemapPart", new { part = $"articles-{n}" })!)),
        ]);
    }
}
