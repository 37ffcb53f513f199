using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Hosting;

/// <summary>Reader pages come from memory until the archive changes, and never across a sign-in.</summary>
public class ReaderPageCacheTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Form(string title, string body, uint version) => new()
    {
        ["Input.Title"] = title, ["Input.Slug"] = "", ["Input.Kind"] = "Brief", ["Input.Language"] = "en", ["Input.Country"] = "Guatemala",
        ["Input.Tags"] = "", ["Input.Author"] = "Desk", ["Input.Lead"] = "", ["Input.Body"] = body,
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<string> ReadAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative))).QuerySelector("main")!.TextContent;

    private async Task<Article> PublishedAsync(string body)
    {
        var article = Article(UniqueSlug("cached"), new DateOnly(2023, 5, 5));
        article.BodyMarkdown = body;
        await using var db = database.CreateContext();
        db.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    private async Task<uint> VersionAsync(long id)
    {
        await using var db = database.CreateContext();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
    }

    [Fact]
    public async Task A_page_read_again_comes_from_memory_without_a_query()
    {
        var article = await PublishedAsync("Customs seized a shipment in Puerto Barrios.");
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        // The cache is dropped once when the search index becomes ready; a page read before that
        // would be built again (seen under CI load).
        await factory.SearchReadyAsync();
        var reader = factory.CreateClient();
        var path = $"/articles/{article.Slug}";

        await reader.GetStringAsync(new Uri(path, UriKind.Relative));
        var first = factory.Queries.For(path);
        var again = await ReadAsync(reader, path);

        Assert.True(first > 0);
        Assert.Equal(first, factory.Queries.For(path));
        Assert.Contains("Puerto Barrios", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_change_reaches_readers_at_once()
    {
        var article = await PublishedAsync("The first version of the story.");
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var reader = factory.CreateClient();
        var path = $"/articles/{article.Slug}";
        Assert.Contains("first version", await ReadAsync(reader, path), StringComparison.Ordinal);

        var editor = await EditorBrowser.SignedInAsync(factory, "cache-editor@example.org");
        var saved = await editor.PostFormAsync($"/edit/articles/{article.Id}?handler=Save",
            Form(article.Title, "The corrected version of the story.", await VersionAsync(article.Id)), formPath: $"/edit/articles/{article.Id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("corrected version", await ReadAsync(reader, path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_by_another_process_reaches_readers_once_this_instance_has_read_the_change_log()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await factory.SearchReadyAsync();
        var reader = factory.CreateClient();
        Assert.Contains("0 articles", await ReadAsync(reader, "/articles"), StringComparison.Ordinal);

        // The importer writes the archive and its change log, as `crimearchive import` does from another process.
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt")]);

        var page = "";
        for (var wait = 0; wait < 100 && !page.Contains("1 article", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
            page = await ReadAsync(reader, "/articles");
        }
        Assert.Contains("1 article", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_page_is_never_served_to_readers_nor_a_readers_page_to_an_editor()
    {
        var article = await PublishedAsync("A story editors can change.");
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var path = $"/articles/{article.Slug}";
        var reader = factory.CreateClient();
        var editor = await EditorBrowser.SignedInAsync(factory, "cache-reader-split@example.org");

        Assert.DoesNotContain("Edit this article", await ReadAsync(reader, path), StringComparison.Ordinal);
        Assert.Contains("Edit this article", await ReadAsync(editor.Client, path), StringComparison.Ordinal);
        Assert.DoesNotContain("Edit this article", await ReadAsync(factory.CreateClient(), path), StringComparison.Ordinal);
    }
}
