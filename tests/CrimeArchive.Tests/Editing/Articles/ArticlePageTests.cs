using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Search.Querying;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>The brief form as editors use it, through HTTP: write, preview, publish, rename, conflict.</summary>
public class ArticlePageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static Dictionary<string, string> Form(string title, string body, string? slug = null, uint version = 0) => new()
    {
        ["Input.Title"] = title, ["Input.Slug"] = slug ?? "", ["Input.Kind"] = "Brief", ["Input.Language"] = "en", ["Input.Country"] = "Honduras",
        ["Input.Tags"] = "extortion, buses", ["Input.Author"] = "Desk", ["Input.Lead"] = "", ["Input.Body"] = body,
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Writes a brief through the form and returns its id.</summary>
    private static async Task<long> WriteAsync(EditorBrowser editor, string title, string body)
    {
        var saved = await editor.PostFormAsync("/edit/articles/new?handler=Save", Form(title, body), formPath: "/edit/articles/new");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return long.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<uint> VersionAsync(EditorBrowser editor, long id)
    {
        var page = await ParseAsync(await editor.Client.GetAsync(new Uri($"/edit/articles/{id}", UriKind.Relative)));
        return uint.Parse(page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_draft_reaches_readers_and_search_only_once_published()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await factory.SearchReadyAsync();
        var editor = await EditorBrowser.SignedInAsync(factory, "writer@example.org");
        var id = await WriteAsync(editor, "Bus drivers strike over Tegucigalpa extortion", "Drivers stopped work after gangs demanded a new quota from Zorzaleros routes.");
        var reader = factory.CreateClient();
        var search = factory.Services.GetRequiredService<ArchiveSearch>();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/articles/bus-drivers-strike-over-tegucigalpa-extortion", UriKind.Relative))).StatusCode);
        await Task.Delay(1500);
        Assert.Equal(0, search.Search(new SearchRequest("Zorzaleros")).Total);

        var published = await editor.PostFormAsync($"/edit/articles/{id}?handler=Publish",
            Form("Bus drivers strike over Tegucigalpa extortion", "Drivers stopped work after gangs demanded a new quota from Zorzaleros routes.", version: await VersionAsync(editor, id)),
            formPath: $"/edit/articles/{id}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await reader.GetAsync(new Uri("/articles/bus-drivers-strike-over-tegucigalpa-extortion", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        for (var wait = 0; wait < 50 && search.Search(new SearchRequest("Zorzaleros")).Total == 0; wait++)
            await Task.Delay(100);
        Assert.Equal(1, search.Search(new SearchRequest("Zorzaleros")).Total);
    }

    [Fact]
    public async Task A_renamed_brief_redirects_from_its_old_address()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, "renamer@example.org");
        var id = await WriteAsync(editor, "Port official shot in Puerto Cortés", "A customs officer was shot outside the port.");
        await editor.PostFormAsync($"/edit/articles/{id}?handler=Publish",
            Form("Port official shot in Puerto Cortés", "A customs officer was shot outside the port.", version: await VersionAsync(editor, id)), formPath: $"/edit/articles/{id}");
        await editor.PostFormAsync($"/edit/articles/{id}?handler=Save",
            Form("Customs officer shot in Puerto Cortés", "A customs officer was shot outside the port.", slug: "customs-officer-shot", version: await VersionAsync(editor, id)),
            formPath: $"/edit/articles/{id}");

        var old = await EditorBrowser.For(factory).Client.GetAsync(new Uri("/articles/port-official-shot-in-puerto-cortes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/customs-officer-shot", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_both_versions_and_nothing_is_overwritten()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var first = await EditorBrowser.SignedInAsync(factory, "first.of.two@example.org");
        var second = await EditorBrowser.SignedInAsync(factory, "second.of.two@example.org");
        var id = await WriteAsync(first, "Coast guard seizes semi-submersible", "The vessel carried three tonnes.");
        var opened = await VersionAsync(second, id);

        await first.PostFormAsync($"/edit/articles/{id}?handler=Save", Form("Coast guard seizes semi-submersible", "The vessel carried four tonnes.", version: opened),
            formPath: $"/edit/articles/{id}");
        var clash = await second.PostFormAsync($"/edit/articles/{id}?handler=Save", Form("Navy seizes semi-submersible", "The vessel carried three tonnes of cocaine.", version: opened),
            formPath: $"/edit/articles/{id}");

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var page = await ParseAsync(clash);
        Assert.NotNull(page.QuerySelector(".conflict"));
        Assert.Contains(page.QuerySelectorAll("pre.diff .removed"), l => l.TextContent.Contains("four tonnes", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("pre.diff .added"), l => l.TextContent.Contains("three tonnes of cocaine", StringComparison.Ordinal));
        Assert.Equal("The vessel carried three tonnes of cocaine.", page.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        await using (var db = database.CreateContext())
            Assert.Equal("The vessel carried four tonnes.", (await db.Articles.SingleAsync(a => a.Id == id)).BodyMarkdown);

        var over = page.QuerySelector("button[name=SaveOver]")!.GetAttribute("value")!;
        var fields = Form("Navy seizes semi-submersible", "The vessel carried three tonnes of cocaine.", version: opened);
        fields["SaveOver"] = over;
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync($"/edit/articles/{id}?handler=Save", fields, formPath: $"/edit/articles/{id}")).StatusCode);
        await using var check = database.CreateContext();
        Assert.Equal("The vessel carried three tonnes of cocaine.", (await check.Articles.SingleAsync(a => a.Id == id)).BodyMarkdown);
        Assert.Equal(3, await check.Revisions.CountAsync(r => r.SubjectId == id && r.Subject == RevisionSubject.Article));
    }

    [Fact]
    public async Task A_form_refused_for_its_slug_comes_back_with_what_was_typed()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, "bad.slug@example.org");
        var refused = await editor.PostFormAsync("/edit/articles/new?handler=Save",
            Form("Extortion network dismantled", "Twelve people were charged.", slug: "Not A Slug!"), formPath: "/edit/articles/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Slug']")!.TextContent);
        Assert.Equal("Extortion network dismantled", page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal("Twelve people were charged.", page.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "<script")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)", "data:text")]
    [InlineData("<a href=\"https://example.org\" onclick=\"steal()\">x</a>", "onclick=\"")]
    public async Task Hostile_markdown_is_previewed_without_markup_or_script(string markdown, string forbidden)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, $"hostile.{Math.Abs(markdown.GetHashCode(StringComparison.Ordinal))}@example.org");
        var token = await editor.AntiforgeryTokenAsync("/edit/articles/new");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/edit/preview") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["body"] = "Text " + markdown }) };
        request.Headers.Add("RequestVerificationToken", token);
        var preview = await editor.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.StartsWith("<p>Text", html, StringComparison.Ordinal);
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_save_while_the_database_fails_comes_back_with_the_text()
    {
        var failing = new FailingArticleSaves();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<ArchiveDbContext>(options => options.AddInterceptors(failing))));
        var browser = await EditorBrowser.SignedInAsync(app, "unlucky@example.org");
        failing.Fail = true;

        var refused = await browser.PostFormAsync("/edit/articles/new?handler=Save", Form("Ambush on the Pan-American highway", "Six soldiers were wounded."),
            formPath: "/edit/articles/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Contains("could not save", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Six soldiers were wounded.", page.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
    }

    /// <summary>Makes every save that writes an article fail as if the database had gone away.</summary>
    private sealed class FailingArticleSaves : SaveChangesInterceptor
    {
        public bool Fail { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Fail && eventData.Context!.ChangeTracker.Entries<Article>().Any())
                throw new NpgsqlException("The connection was closed (simulated).");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
