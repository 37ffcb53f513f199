using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CrimeArchive.Tests.Search;

/// <summary>The results page as a reader gets it, parsed as HTML.</summary>
public class SearchPageTests(SearchArchiveFixture archive) : IClassFixture<SearchArchiveFixture>
{
    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string pathAndQuery)
    {
        var response = await archive.App.CreateClient().GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_the_header()
    {
        foreach (var path in new[] { "/", "/articles", "/groups" })
        {
            var (_, page) = await GetAsync(path);
            var form = page.QuerySelector("header form[role=search]") as IHtmlFormElement;
            Assert.NotNull(form);
            Assert.Equal("/search", form.GetAttribute("action"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
            Assert.NotNull(page.QuerySelector($"label[for={form.QuerySelector("input[name=q]")!.Id}]"));
        }
    }

    [Fact]
    public async Task Results_show_cards_hits_facets_and_a_shareable_filter_link()
    {
        var (status, page) = await GetAsync("/search?q=Rastrojos");
        Assert.Equal(HttpStatusCode.OK, status);
        var card = page.QuerySelector(".entity-cards li a") as IHtmlAnchorElement;
        Assert.NotNull(card);
        Assert.StartsWith("/groups/", card.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".hits li mark"));
        var kindLink = page.QuerySelectorAll(".facets a").OfType<IHtmlAnchorElement>()
            .First(a => a.GetAttribute("href")!.Contains("kind=", StringComparison.Ordinal));

        var (_, filtered) = await GetAsync(kindLink.GetAttribute("href")!);
        var total = filtered.QuerySelector("#results-heading")!.TextContent;
        Assert.Contains(kindLink.NextElementSibling!.TextContent.Trim(), total, StringComparison.Ordinal);
        Assert.NotNull(filtered.QuerySelector(".facets a[aria-label^='Remove filter']"));
    }

    [Fact]
    public async Task A_misspelling_shows_the_corrected_results_with_the_corrected_link()
    {
        var (_, page) = await GetAsync("/search?q=Rastrojoss");
        var note = page.QuerySelector(".did-you-mean");
        Assert.NotNull(note);
        Assert.Equal("/search?q=Rastrojos", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".hits li"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("OR AND NOT -")]
    [InlineData("\"unbalanced quote")]
    [InlineData("title:(foo AND bar~2 [1 TO 3] ^4 \\ /regex/ *")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("😀🔥 cartel")]
    [InlineData("ab\0cd")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Hostile_queries_get_a_results_page_with_the_query_echoed_safely(string query)
    {
        var (status, page) = await GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(page.QuerySelectorAll("main script"));
        var box = (IHtmlInputElement)page.QuerySelector("#search-page-q")!;
        Assert.DoesNotContain('\0', box.Value);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task An_alias_repeated_many_times_gives_a_results_page()
    {
        var (status, page) = await GetAsync("/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("Urabeños", 50))));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(page.QuerySelectorAll(".hits li"));
    }

    [Fact]
    public async Task A_query_of_five_thousand_characters_is_cut_with_a_notice()
    {
        var (status, page) = await GetAsync("/search?q=" + new string('x', 2000) + "%20" + string.Join("%20", Enumerable.Repeat("cartel", 450)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("first 500 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_utf8_in_the_address_gives_a_page()
    {
        var (status, page) = await GetAsync("/search?q=%C3%28%FF%FEcartel");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("#results-heading"));
    }

    [Theory]
    [InlineData("page=-5")]
    [InlineData("page=0")]
    [InlineData("page=99999999999999999999")]
    [InlineData("page=abc")]
    [InlineData("group=abc&person=%27%20OR%201=1")]
    [InlineData("kind=NoSuchKind&country=Atlantis&year=1066&lang=xx")]
    [InlineData("from=yesterday&to=2021-13-45")]
    [InlineData("sort=sideways")]
    public async Task Odd_parameters_give_a_results_page(string parameters)
    {
        var (status, page) = await GetAsync("/search?q=cartel&" + parameters);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("#results-heading"));
    }

    [Fact]
    public async Task A_huge_page_number_shows_the_last_page()
    {
        var (_, page) = await GetAsync("/search?q=cartel&page=100000");
        Assert.NotEmpty(page.QuerySelectorAll(".hits li"));
    }

    [Fact]
    public async Task Autocomplete_answers_json_with_profile_links()
    {
        var response = await archive.App.CreateClient().GetAsync(new Uri("/search/suggest?q=rastro", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement.EnumerateArray().First();
        Assert.StartsWith("/groups/", first.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%00")]
    [InlineData("%22%22%22")]
    public async Task Autocomplete_of_nothing_is_an_empty_list(string typed)
    {
        var response = await archive.App.CreateClient().GetAsync(new Uri("/search/suggest?q=" + typed, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }
}
