using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>Sitemap protocol documents: an index of parts, and a part's list of addresses.</summary>
public static class SitemapXml
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static ContentResult Index(IEnumerable<Uri> parts) =>
        Write(new XElement(Ns + "sitemapindex", parts.Select(p => new XElement(Ns + "sitemap", new XElement(Ns + "loc", p.AbsoluteUri)))));

    public static ContentResult Urls(IEnumerable<(Uri Location, DateTimeOffset? Modified)> urls) =>
        Write(new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
            new XElement(Ns + "loc", u.Location.AbsoluteUri),
            u.Modified is { } m ? new XElement(Ns + "lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));

    private static ContentResult Write(XElement root) => new()
    {
        Content = new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + root,
        ContentType = "application/xml; charset=utf-8",
    };
}
