using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CrimeArchive.Web.Reading.Feeds;
using Microsoft.AspNetCore.Mvc;

namespace CrimeArchive.Web.Pages.Feeds;

/// <summary>Writes an Atom 1.0 feed (System.ServiceModel.Syndication's formatter) with links to the
/// site's own pages, absolute as feed readers need them.</summary>
public static class AtomFeed
{
    /// <summary>A path of this site as the absolute address feed readers need.</summary>
    public static Uri Absolute(this HttpRequest request, string path) =>
        new(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), path.TrimStart('/'));

    public static ContentResult Write(string id, string title, Uri site, Uri self, IReadOnlyList<FeedEntry> entries, Func<FeedEntry, Uri> linkOf)
    {
        var feed = new SyndicationFeed(title, "Organized-crime reporting in the Americas, with the sources for every fact.", site, id,
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.UpdatedAt));
        feed.Links.Add(new SyndicationLink(self) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Items = [.. entries.Select(e =>
        {
            var link = linkOf(e);
            var item = new SyndicationItem(e.Title, e.Lead, link, link.AbsoluteUri, e.UpdatedAt);
            if (e.PublishedOn is { } date)
                item.PublishDate = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (e.Author is not null)
                item.Authors.Add(new SyndicationPerson { Name = e.Author });
            return item;
        })];
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        // StringBuilder output declares utf-16; the response is UTF-8.
        return new ContentResult { Content = text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), ContentType = "application/atom+xml; charset=utf-8" };
    }
}
