using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Pages;

/// <summary>An article page beyond its text: entity links in the body, the sidebar, its neighbours and
/// its other-language version; and the archive narrowed by kind, country and month.</summary>
public class ArticleReadingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<IDocument> GetAsync(ArchiveWebFactory factory, string path) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative)));

    private static Article Brief(string slug, DateOnly? day, string body, string language = "en")
    {
        var article = Article(UniqueSlug(slug), day);
        article.BodyMarkdown = body;
        article.Language = language;
        return article;
    }

    [Fact]
    public async Task The_first_mention_of_each_entity_in_the_body_links_to_its_profile_and_later_ones_do_not()
    {
        var gang = Entity(EntityKind.Group, "Los Linces");
        var boss = Entity(EntityKind.Person, "Teodoro Vaca");
        var article = Brief("linces", new DateOnly(2020, 2, 2), "Police say Los Linces grew fast. Teodoro Vaca, alias \"El Toro\", leads Los Linces.\n\nVaca denies it.");
        var text = Source(article);
        await using (var db = database.CreateContext())
        {
            db.AddRange(gang, boss, article, text, Mention(gang, text, 11), Mention(boss, text, 40));
            var byNickname = Mention(boss, text, 90);
            byNickname.Surface = "Vaca";
            db.Mentions.Add(byNickname);
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var body = (await GetAsync(factory, $"/articles/{article.Slug}")).QuerySelector("article.article")!;

        var gangLinks = body.QuerySelectorAll($"a[href='/groups/{gang.Slug}']");
        Assert.Equal("Los Linces", Assert.Single(gangLinks).TextContent);
        Assert.StartsWith("Police say", gangLinks[0].ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Teodoro Vaca", Assert.Single(body.QuerySelectorAll($"a[href='/people/{boss.Slug}']")).TextContent);
    }

    [Fact]
    public async Task The_sidebar_names_the_entities_by_kind_and_lists_related_articles_by_shared_entities()
    {
        var (gang, boss, town) = (Entity(EntityKind.Group, "Los Osos"), Entity(EntityKind.Person, "Aurelio Pinto"), Entity(EntityKind.Place, "Villa Nueva"));
        var main = Brief("osos", new DateOnly(2021, 3, 1), "Los Osos and Aurelio Pinto in Villa Nueva.");
        var close = Brief("osos-close", new DateOnly(2019, 1, 1), "Again.");
        var far = Brief("osos-far", new DateOnly(2020, 1, 1), "Once.");
        var (m, c, f) = (Source(main), Source(close), Source(far));
        await using (var db = database.CreateContext())
        {
            db.AddRange(gang, boss, town, main, close, far, m, c, f,
                Mention(gang, m), Mention(boss, m, 13), Mention(town, m, 30),
                Mention(gang, c), Mention(boss, c, 13),
                Mention(town, f));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var sidebar = (await GetAsync(factory, $"/articles/{main.Slug}")).QuerySelector("aside.sidebar")!;

        Assert.Equal(["Criminal groups", "People", "Places"], sidebar.QuerySelectorAll(".named h3").Select(h => h.TextContent));
        var related = sidebar.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{close.Slug}", $"/articles/{far.Slug}"], related);
    }

    [Fact]
    public async Task Previous_and_next_follow_the_archive_order_and_undated_articles_come_last()
    {
        var oldest = Brief("p-oldest", new DateOnly(2018, 1, 1), "A.");
        var middle = Brief("p-middle", new DateOnly(2019, 1, 1), "B.");
        var newest = Brief("p-newest", new DateOnly(2020, 1, 1), "C.");
        var undated = Brief("p-undated", null, "D.");
        await using (var db = database.CreateContext())
        {
            db.AddRange(oldest, middle, newest, undated);
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        string? Link(IDocument page, string rel) => page.QuerySelector($".prev-next a[rel={rel}]")?.GetAttribute("href");
        var mid = await GetAsync(factory, $"/articles/{middle.Slug}");
        var last = await GetAsync(factory, $"/articles/{oldest.Slug}");
        var top = await GetAsync(factory, $"/articles/{newest.Slug}");
        var end = await GetAsync(factory, $"/articles/{undated.Slug}");

        Assert.Equal(($"/articles/{newest.Slug}", $"/articles/{oldest.Slug}"), (Link(mid, "prev"), Link(mid, "next")));
        Assert.Equal($"/articles/{undated.Slug}", Link(last, "next"));
        Assert.Null(Link(top, "prev"));
        Assert.Equal(($"/articles/{oldest.Slug}", null), (Link(end, "prev"), Link(end, "next")));
    }

    [Fact]
    public async Task The_english_and_spanish_versions_of_a_piece_link_to_each_other()
    {
        var english = Brief("port-raid", new DateOnly(2022, 6, 1), "Police raided the port.");
        var spanish = Brief("redada-puerto", new DateOnly(2022, 6, 1), "La policía allanó el puerto.", "es");
        await using (var db = database.CreateContext())
        {
            db.AddRange(english, spanish);
            await db.SaveChangesAsync();
            (english.OtherLanguageId, spanish.OtherLanguageId) = (spanish.Id, english.Id);
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var en = await GetAsync(factory, $"/articles/{english.Slug}");
        var es = await GetAsync(factory, $"/articles/{spanish.Slug}");

        Assert.Equal("es", en.QuerySelector($".other-language a[href='/articles/{spanish.Slug}']")!.GetAttribute("hreflang"));
        Assert.NotNull(es.QuerySelector($".other-language a[href='/articles/{english.Slug}']"));
        Assert.Equal("es", es.QuerySelector("article.article")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_article_page_runs_at_most_three_queries_and_says_honestly_when_it_has_no_date_or_headline()
    {
        var gang = Entity(EntityKind.Group, "Los Topos");
        var article = Brief("topos", null, "Los Topos dug a tunnel.");
        article.TitleDerived = true;
        article.YearHint = 2015;
        var text = Source(article);
        await using (var db = database.CreateContext())
        {
            db.AddRange(gang, article, text, Mention(gang, text));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var path = $"/articles/{article.Slug}";

        var header = (await GetAsync(factory, path)).QuerySelector("article.article header")!;

        Assert.InRange(factory.Queries.For(path), 1, 3);
        Assert.Null(header.QuerySelector("time"));
        Assert.Contains("Undated (the text mentions 2015)", header.TextContent, StringComparison.Ordinal);
        Assert.Contains("headline made from the lead", header.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_archive_narrows_by_kind_country_and_month_and_counts_each()
    {
        var mexico = Brief("mx-march", new DateOnly(2012, 3, 5), "x");
        mexico.Country = "Mexico";
        var mexicoApril = Brief("mx-april", new DateOnly(2012, 4, 5), "x");
        mexicoApril.Country = "Mexico";
        mexicoApril.Kind = ArticleKind.Analysis;
        var peru = Brief("pe-march", new DateOnly(2012, 3, 9), "x");
        peru.Country = "Peru";
        await using (var db = database.CreateContext())
        {
            db.AddRange(mexico, mexicoApril, peru);
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        async Task<List<string?>> Listed(string query) =>
            [.. (await GetAsync(factory, "/articles" + query)).QuerySelectorAll("ul.cards li > a").Select(a => a.GetAttribute("href"))];

        Assert.Equal([$"/articles/{mexicoApril.Slug}", $"/articles/{mexico.Slug}"], await Listed("?country=Mexico"));
        Assert.Equal([$"/articles/{peru.Slug}", $"/articles/{mexico.Slug}"], await Listed("?month=2012-03"));
        Assert.Equal([$"/articles/{mexicoApril.Slug}"], await Listed("?kind=analysis&country=Mexico"));
        var facets = (await GetAsync(factory, "/articles?year=2012")).QuerySelector("aside.facets")!;
        Assert.Equal("2", facets.QuerySelector("a[href='/articles?country=Mexico&year=2012']")!.NextElementSibling!.TextContent);
        Assert.Equal("2", facets.QuerySelector("a[href='/articles?month=2012-03']")!.NextElementSibling!.TextContent);
        Assert.InRange(factory.Queries.For("/articles?country=Mexico"), 1, 3);
    }

    [Theory]
    [InlineData("?kind=rumour")]
    [InlineData("?month=2012-13")]
    [InlineData("?year=abc")]
    public async Task A_malformed_archive_filter_gets_the_friendly_error_page(string query)
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var response = await factory.CreateClient().GetAsync(new Uri("/articles" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be understood", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
