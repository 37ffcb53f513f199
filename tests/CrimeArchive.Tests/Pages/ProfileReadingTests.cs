using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Pages;

/// <summary>What a reader sees on a profile beyond its facts: relationships once each, citations that
/// lead somewhere, the places named with it, its articles by year, and the two pictures.</summary>
public class ProfileReadingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IDocument> GetAsync(ArchiveWebFactory factory, string path) =>
        new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative)));

    [Fact]
    public async Task A_rivalry_stated_from_both_sides_is_one_line_with_both_citations()
    {
        var (red, blue) = (Entity(EntityKind.Group, "Los Rojos"), Entity(EntityKind.Group, "Los Azules"));
        var (first, second) = (Source(Article(UniqueSlug("feud"))), Source(Article(UniqueSlug("truce"))));
        await using (var db = database.CreateContext())
        {
            db.AddRange(red, blue, first, second);
            db.Relationships.AddRange(
                new Relationship { Subject = red, Object = blue, Type = RelationshipType.RivalOf, SourceDocument = first, Article = first.Article, Sentence = "Los Rojos fight Los Azules." },
                new Relationship { Subject = blue, Object = red, Type = RelationshipType.RivalOf, SourceDocument = second, Article = second.Article, Sentence = "Los Azules are at war with Los Rojos." });
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        foreach (var (entity, other) in new[] { (red, blue), (blue, red) })
        {
            var page = await GetAsync(factory, $"/groups/{entity.Slug}");
            var line = Assert.Single(page.QuerySelectorAll("ul.relationships > li"));
            Assert.NotNull(line.QuerySelector($"a[href='/groups/{other.Slug}']"));
            Assert.Equal(2, line.QuerySelectorAll("blockquote.cite").Length);
        }
    }

    [Fact]
    public async Task A_statement_from_a_profile_text_links_to_that_profile_not_to_a_file()
    {
        var boss = Entity(EntityKind.Person, "Nelson Quiroga");
        var gang = Entity(EntityKind.Group, "La Cordillera");
        var profileText = Source();
        profileText.ProfileEntity = boss;
        await using (var db = database.CreateContext())
        {
            db.AddRange(boss, gang, profileText);
            db.Relationships.Add(new Relationship { Subject = boss, Object = gang, Type = RelationshipType.LeaderOf, SourceDocument = profileText, Sentence = "Quiroga runs La Cordillera." });
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var citation = (await GetAsync(factory, $"/groups/{gang.Slug}")).QuerySelector("ul.relationships blockquote.cite")!;

        Assert.NotNull(citation.QuerySelector($"a[href='/people/{boss.Slug}']"));
        Assert.DoesNotContain(profileText.FileName, citation.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Places_named_in_the_same_sentences_are_linked_from_the_profile()
    {
        var gang = Entity(EntityKind.Group, "Los Cuervos");
        var (port, capital) = (Entity(EntityKind.Place, "Puerto Lindo"), Entity(EntityKind.Place, "Ciudad Lejana"));
        var text = Source(Article(UniqueSlug("port")));
        await using (var db = database.CreateContext())
        {
            db.AddRange(gang, port, capital, text);
            // The gang and the port share a sentence; the capital is named in another one.
            var elsewhere = Mention(capital, text, start: 200);
            elsewhere.SentenceStart = 150;
            db.Mentions.AddRange(Mention(gang, text, start: 0), Mention(port, text, start: 20), elsewhere);
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var linked = (await GetAsync(factory, $"/groups/{gang.Slug}")).QuerySelector("#linked")!;

        Assert.NotNull(linked.QuerySelector($"a[href='/places/{port.Slug}']"));
        Assert.Null(linked.QuerySelector($"a[href='/places/{capital.Slug}']"));
    }

    [Fact]
    public async Task The_articles_that_name_an_entity_are_grouped_by_year_newest_first_and_paged()
    {
        var person = Entity(EntityKind.Person, "Rosa Ledezma");
        var articles = Enumerable.Range(0, 60).Select(i => Article(UniqueSlug($"ledezma-{i}"), new DateOnly(2010 + (i % 6), 1 + (i % 12), 1))).ToList();
        await using (var db = database.CreateContext())
        {
            db.Add(person);
            foreach (var article in articles)
                db.Mentions.Add(Mention(person, Source(article)));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var first = (await GetAsync(factory, $"/people/{person.Slug}")).QuerySelector("#articles")!;
        var second = (await GetAsync(factory, $"/people/{person.Slug}?p=2")).QuerySelector("#articles")!;

        var years = first.QuerySelectorAll("h3").Select(h => int.Parse(h.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(2015, years[0]);
        Assert.Equal(50, first.QuerySelectorAll("li").Length);
        Assert.Equal(10, second.QuerySelectorAll("li").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        Assert.Contains("60 articles", first.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        // One bar per year, 2010 to 2015, in the chart.
        Assert.Equal(6, first.QuerySelectorAll(".year-chart rect").Length);
    }

    [Fact]
    public async Task The_relationship_graph_links_every_related_entity_and_labels_each_edge()
    {
        var boss = Entity(EntityKind.Person, "Ivan Solano");
        var gangs = Enumerable.Range(1, 3).Select(i => Entity(EntityKind.Group, $"Banda {i}")).ToList();
        var text = Source(Article(UniqueSlug("solano")));
        await using (var db = database.CreateContext())
        {
            db.AddRange(boss, text);
            db.AddRange(gangs);
            db.Relationships.AddRange(gangs.Select(g => new Relationship { Subject = boss, Object = g, Type = RelationshipType.MemberOf, SourceDocument = text, Article = text.Article, Sentence = $"Solano joined {g.Name}." }));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var graph = (await GetAsync(factory, $"/people/{boss.Slug}")).QuerySelector("figure.graph svg")!;

        Assert.All(gangs, g => Assert.NotNull(graph.QuerySelector($"a[href='/groups/{g.Slug}']")));
        Assert.Equal(3, graph.QuerySelectorAll("line").Length);
        Assert.Equal(3, graph.QuerySelectorAll(".edge-label").Count(l => l.TextContent == "Member of"));
    }

    [Fact]
    public async Task A_profile_page_runs_at_most_three_queries_and_declares_its_canonical_address()
    {
        var gang = Entity(EntityKind.Group, "Los Tiburones");
        var boss = Entity(EntityKind.Person, "Hugo Perdomo");
        var text = Source(Article(UniqueSlug("tiburones"), new DateOnly(2021, 5, 4)));
        await using (var db = database.CreateContext())
        {
            db.AddRange(gang, boss, text, Mention(gang, text), Mention(boss, text, start: 30));
            db.Relationships.Add(new Relationship { Subject = boss, Object = gang, Type = RelationshipType.LeaderOf, SourceDocument = text, Article = text.Article, Sentence = "Perdomo leads Los Tiburones." });
            db.Facts.Add(new Fact { Entity = gang, Key = "Founded", Value = "2009", SourceDocument = text, Article = text.Article, Sentence = "Founded in 2009." });
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var path = $"/groups/{gang.Slug}";

        var page = await GetAsync(factory, path);

        Assert.InRange(factory.Queries.For(path), 1, 3);
        Assert.EndsWith(path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.Equal("Los Tiburones", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_country_page_shows_the_groups_active_there_and_links_the_articles_filed_under_it()
    {
        var country = Entity(EntityKind.Place, "Paraguay");
        var gang = Entity(EntityKind.Group, "Primer Comando");
        var filed = Article(UniqueSlug("paraguay"), new DateOnly(2020, 1, 1));
        filed.Country = "Paraguay";
        var text = Source(filed);
        await using (var db = database.CreateContext())
        {
            db.AddRange(country, gang, filed, text, Mention(gang, text), Mention(country, text, 30));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var path = $"/places/{country.Slug}";

        var page = await GetAsync(factory, path);

        Assert.NotNull(page.QuerySelector($"#linked a[href='/groups/{gang.Slug}']"));
        Assert.Contains("1 article filed under Paraguay", page.QuerySelector("a[href='/articles?country=Paraguay']")!.TextContent, StringComparison.Ordinal);
        Assert.InRange(factory.Queries.For(path), 1, 3);
    }

    [Fact]
    public async Task The_index_of_a_kind_pages_by_letter_with_counts_in_at_most_three_queries()
    {
        await using (var db = database.CreateContext())
        {
            db.AddRange(Entity(EntityKind.Group, "Cartel de Ejemplo"), Entity(EntityKind.Group, "Clan del Caso"), Entity(EntityKind.Group, "Banda Modelo"));
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var page = await GetAsync(factory, "/groups?letter=C");

        Assert.Equal(["Cartel de Ejemplo", "Clan del Caso"], page.QuerySelectorAll(".index-list a").Select(a => a.TextContent));
        var letterC = page.QuerySelector(".letters a[aria-current=page]")!;
        Assert.Equal("2", letterC.QuerySelector(".count")!.TextContent);
        Assert.InRange(factory.Queries.For("/groups?letter=C"), 1, 3);
    }
}
