using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Pages;

public class EntityRoutingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using var db = database.CreateContext();
        db.Entities.Add(TestRows.Entity(EntityKind.Group, "Los Tigres", slug: "los-tigres"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/gangs/los-tigres")]
    [InlineData("/gangs")]
    [InlineData("/person/los-tigres")]
    public async Task A_segment_that_is_no_kind_is_not_found_even_for_an_existing_slug(string path)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/groups/los-tigres", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Every_entity_page_reads_its_kind_through_the_entitykind_constraint()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Where(p => p.GetParameter("kind") is not null)
            .ToList();

        Assert.Equal(["/{kind:entitykind}", "/{kind:entitykind}/{slug}", "/{kind:entitykind}/{slug}/feed.atom"], routes.Select(p => "/" + p.RawText!.TrimStart('/')).Order());
        Assert.All(routes, p => Assert.Equal("entitykind", Assert.Single(p.ParameterPolicies["kind"]).Content));
    }

    [Fact]
    public async Task Profile_links_are_generated_from_the_kind_vocabulary_and_refuse_other_segments()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var links = factory.Services.GetRequiredService<LinkGenerator>();

        Assert.Equal("/people/ana-paz", links.GetPathByPage("/Entities/Details", values: new { kind = EntityKind.Person.Segment(), slug = "ana-paz" }));
        Assert.Null(links.GetPathByPage("/Entities/Details", values: new { kind = "gangs", slug = "ana-paz" }));
    }

    [Fact]
    public async Task The_home_page_links_each_kind_to_its_index_and_the_index_to_its_profiles()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var client = factory.CreateClient();

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var groups = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/groups", UriKind.Relative)));

        Assert.Equal(["/groups", "/people", "/places"], home.QuerySelectorAll("p.counts a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Criminal groups", groups.QuerySelector("h1")!.TextContent);
        Assert.Equal("/groups/los-tigres", groups.QuerySelector("ul.index-list a")!.GetAttribute("href"));
    }
}
