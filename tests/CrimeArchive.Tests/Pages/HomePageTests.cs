using System.Net;
using CrimeArchive.Tests.Infrastructure;

namespace CrimeArchive.Tests.Pages;

public class HomePageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Home_page_is_served_from_the_database()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Organized crime in the Americas", html, StringComparison.Ordinal);
        Assert.Contains("criminal groups", html, StringComparison.Ordinal);
        Assert.InRange(factory.Queries.For("/"), 1, 3);
    }

    [Fact]
    public async Task Healthz_reports_the_database_healthy()
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_unhealthy_when_the_database_is_unreachable()
    {
        await using var factory = new ArchiveWebFactory("Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=2");
        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/groups/no-such-group")]
    [InlineData("/nowhere")]
    [InlineData("/People/no-such-person")]
    [InlineData("/GROUPS/no-such-group")]
    public async Task Unknown_addresses_get_the_friendly_not_found_page(string path)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
