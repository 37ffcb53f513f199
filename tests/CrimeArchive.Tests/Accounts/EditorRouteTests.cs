using System.Net;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Accounts;

/// <summary>Every page and handler under /edit, found from the app's own endpoints (a new page is
/// walked without editing this test), refuses anyone who is not an editor.</summary>
public class EditorRouteTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    /// <summary>Each /edit page's address (route values filled with a made-up one) and each of its handlers.</summary>
    private static List<(string Method, string Path)> EditorRoutes(ArchiveWebFactory factory)
    {
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Edit/", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(pages);
        var routes = new List<(string, string)>();
        foreach (var page in pages)
        {
            var path = "/" + string.Join('/', page.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : "1"))));
            var handlers = page.Metadata.GetMetadata<PageActionDescriptor>() is CompiledPageActionDescriptor compiled
                ? compiled.HandlerMethods.Select(h => (h.HttpMethod, h.Name)).ToList()
                : [("GET", null)];
            routes.Add(("GET", path));
            foreach (var (method, name) in handlers.Where(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)))
                routes.Add((method.ToUpperInvariant(), name is null ? path : $"{path}?handler={name}"));
        }
        return routes;
    }

    private static async Task<List<(string Method, string Path)>> WarmRoutesAsync(ArchiveWebFactory factory)
    {
        // Compiled descriptors (with their handlers) exist once a page has been served.
        var client = factory.CreateClient();
        foreach (var (_, path) in EditorRoutes(factory))
            await client.GetAsync(new Uri(path, UriKind.Relative));
        return EditorRoutes(factory);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_editor_route()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var routes = await WarmRoutesAsync(factory);
        // Every handler of every /edit page: the walk would miss a page whose handlers were not found.
        Assert.True(routes.Count(r => r.Method == "POST") >= 25, string.Join(", ", routes.Select(r => $"{r.Method} {r.Path}")));
        var browser = EditorBrowser.For(factory);
        foreach (var (method, path) in routes)
        {
            var response = await browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent([]) });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {path}: {response.StatusCode}");
            Assert.StartsWith("http://localhost/account/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signed_in_accounts_without_the_editor_role_get_403_from_every_editor_route()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var routes = await WarmRoutesAsync(factory);
        var browser = await EditorBrowser.SignedInAsync(factory, "no.role@example.org", editor: false);
        foreach (var (method, path) in routes)
        {
            var response = await browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent([]) });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Editors_who_are_not_admins_cannot_open_the_accounts_page()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, "not.admin@example.org");
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync(new Uri("/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync(new Uri("/edit/editors", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Editor_forms_without_the_antiforgery_token_are_refused()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var admin = await EditorBrowser.SignedInAsync(factory, "forged.form@example.org", admin: true);
        var forged = await admin.Client.PostAsync(new Uri("/edit/editors?handler=Create", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "planted@example.org" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CrimeArchive.Data.Accounts.EditorAccount>>()
            .FindByEmailAsync("planted@example.org"));
    }
}
