using AngleSharp.Html.Parser;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Pages;

public class ArticlePageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt")]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_imported_article_reads_without_site_chrome_and_names_its_source()
    {
        string slug;
        await using (var db = database.CreateContext())
            slug = await db.Articles.Select(a => a.Slug).SingleAsync();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var html = await factory.CreateClient().GetStringAsync(new Uri($"/articles/{slug}", UriKind.Relative));

        var page = new HtmlParser().ParseDocument(html);
        var article = page.QuerySelector("article")!.TextContent;
        Assert.Contains("six private guards", article, StringComparison.Ordinal);
        Assert.DoesNotContain("What are your thoughts?", article, StringComparison.Ordinal);
        Assert.Contains("port_brief_full.txt", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_archive_lists_imported_articles()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var html = await factory.CreateClient().GetStringAsync(new Uri("/articles", UriKind.Relative));

        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("ul.cards a");
        Assert.Single(links);
    }

    [Theory]
    [InlineData("/articles?p=-5")]
    [InlineData("/articles?p=abc")]
    [InlineData("/articles?p=99999999999")]
    public async Task Malformed_paging_gets_a_page_not_an_error(string path)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.True((int)response.StatusCode < 500, $"{path} gave {(int)response.StatusCode}");
    }
}
