using System.Net;
using System.Xml.Linq;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Feeds;

/// <summary>Atom feeds of the newest articles, for the archive and per entity: valid Atom, published
/// articles only, newest first, each linking to its page.</summary>
public class AtomFeedTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> FeedAsync(string path)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_latest_feed_lists_published_articles_newest_first_with_links_to_their_pages()
    {
        await using (var db = database.CreateContext())
        {
            db.Articles.Add(new Article
            {
                Slug = "a-draft-for-no-feed", Title = "A draft for no feed", LeadFingerprint = "draft-feed", Status = ArticleStatus.Draft,
                PublishedOn = new DateOnly(2030, 1, 1), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var feed = await FeedAsync("/feeds/latest.atom");

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        await using var check = database.CreateContext();
        Assert.Equal(Math.Min(50, await check.Articles.CountAsync(a => a.Status == ArticleStatus.Published)), entries.Count);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value == "A draft for no feed");
        var dates = entries.Select(e => e.Element(Atom + "published")?.Value).Where(d => d is not null).Select(d => DateTimeOffset.Parse(d!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var newest = await check.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedOn != null).OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).FirstAsync();
        Assert.Equal(newest.Title, entries[0].Element(Atom + "title")!.Value);
        Assert.EndsWith($"/articles/{newest.Slug}", entries[0].Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/", entries[0].Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entitys_feed_lists_only_the_articles_that_name_it_and_its_profile_announces_it()
    {
        string slug;
        List<string> titles;
        await using (var db = database.CreateContext())
        {
            var group = await db.Entities.Where(e => e.Kind == EntityKind.Group).OrderByDescending(e => e.Mentions.Count).FirstAsync();
            slug = group.Slug;
            titles = await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Mentions.Any(m => m.EntityId == group.Id)).Select(a => a.Title).ToListAsync();
        }
        var feed = await FeedAsync($"/groups/{slug}/feed.atom");

        Assert.Equal(titles.Order(), feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Order());
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var profile = await factory.CreateClient().GetStringAsync(new Uri($"/groups/{slug}", UriKind.Relative));
        Assert.Contains($"href=\"/groups/{slug}/feed.atom\"", profile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/groups/no-such-group/feed.atom", UriKind.Relative))).StatusCode);
    }
}
