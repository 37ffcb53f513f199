using System.Net;
using System.Xml.Linq;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Feeds;

/// <summary>The sitemap: an index of parts (fixed pages, profiles, articles in parts of 50,000) that
/// lists every published article and every profile, and no draft.</summary>
public class SitemapTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_published_article_and_profile_and_no_draft()
    {
        await using (var db = database.CreateContext())
        {
            db.Articles.Add(new Article
            {
                Slug = "draft-not-in-sitemap", Title = "Draft", LeadFingerprint = "draft-sitemap", Status = ArticleStatus.Draft,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var client = factory.CreateClient();
        async Task<XDocument> GetAsync(string path)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return XDocument.Parse(await response.Content.ReadAsStringAsync());
        }

        var index = await GetAsync("/sitemap.xml");
        var parts = index.Root!.Elements(Ns + "sitemap").Select(s => new Uri(s.Element(Ns + "loc")!.Value).AbsolutePath).ToList();
        Assert.Equal(["/sitemaps/articles-1.xml", "/sitemaps/pages.xml", "/sitemaps/profiles.xml"], parts.Order());

        var urls = new List<string>();
        foreach (var part in parts)
            urls.AddRange((await GetAsync(part)).Root!.Elements(Ns + "url").Select(u => new Uri(u.Element(Ns + "loc")!.Value).AbsolutePath));
        await using var check = database.CreateContext();
        var articles = await check.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => "/articles/" + a.Slug).ToListAsync();
        Assert.All(articles, a => Assert.Contains(a, urls));
        Assert.Equal(articles.Count, urls.Count(u => u.StartsWith("/articles/", StringComparison.Ordinal)));
        Assert.DoesNotContain("/articles/draft-not-in-sitemap", urls);
        Assert.Equal(await check.Entities.CountAsync(), urls.Count(u => u.Count(c => c == '/') == 2 && !u.StartsWith("/articles/", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/sitemaps/articles-2.xml", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/sitemaps/whatever.xml", UriKind.Relative))).StatusCode);
    }
}
