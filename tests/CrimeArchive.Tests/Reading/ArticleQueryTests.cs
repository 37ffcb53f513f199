using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Reading.Articles;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Reading;

public class ArticleQueryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task AddAsync(params object[] rows)
    {
        await using var db = database.CreateContext();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Find_returns_null_for_an_unknown_slug()
    {
        await using var db = database.CreateContext();
        Assert.Null(await new ArticleQuery(db).FindAsync("no-such-article", CancellationToken.None));
    }

    [Fact]
    public async Task Find_returns_null_for_a_draft()
    {
        await AddAsync(Article("a-draft", new DateOnly(2024, 5, 1), ArticleStatus.Draft));
        await using var db = database.CreateContext();

        Assert.Null(await new ArticleQuery(db).FindAsync("a-draft", CancellationToken.None));
    }

    [Fact]
    public async Task Find_returns_the_article_with_the_entities_it_names_most_named_first_and_its_sources()
    {
        var article = Article("port-attack", new DateOnly(2021, 3, 3));
        var source = Source(article);
        var gang = Entity(EntityKind.Group, "Los Lobos");
        var boss = Entity(EntityKind.Person, "Ana Paz");
        var port = Entity(EntityKind.Place, "Guayaquil");
        await AddAsync(article, source, gang, boss, port,
            Mention(port, source, 0), Mention(port, source, 10), Mention(boss, source, 20), Mention(gang, source, 30));
        await using var db = database.CreateContext();

        var details = await new ArticleQuery(db).FindAsync("port-attack", CancellationToken.None);

        Assert.NotNull(details);
        Assert.Equal("Title of port-attack", details.Article.Title);
        Assert.Equal(["Los Lobos", "Ana Paz", "Guayaquil"], details.Entities.Select(e => e.Name));
        Assert.Equal(2, details.Entities.Single(e => e.Name == "Guayaquil").Mentions);
        Assert.Equal("port-attack.txt", Assert.Single(details.Sources).FileName);
    }

    [Fact]
    public async Task Latest_lists_published_articles_newest_first_and_never_drafts()
    {
        await AddAsync(
            Article("older", new DateOnly(2020, 1, 1)),
            Article("newer", new DateOnly(2022, 1, 1)),
            Article("draft-newest", new DateOnly(2024, 1, 1), ArticleStatus.Draft));
        await using var db = database.CreateContext();

        var page = (await new ArchiveQuery(db).BrowseAsync(new ArchiveFilter(), 1, CancellationToken.None)).Articles;

        Assert.Equal(["newer", "older"], page.Items.Select(a => a.Slug));
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task Latest_pages_follow_on_without_overlap_and_say_when_another_follows()
    {
        var day = new DateOnly(2020, 1, 1);
        await AddAsync([.. Enumerable.Range(0, ArchiveQuery.PageSize + 3).Select(i => Article($"article-{i:D2}", day.AddDays(i)))]);
        await using var db = database.CreateContext();
        var query = new ArchiveQuery(db);

        var first = (await query.BrowseAsync(new ArchiveFilter(), 1, CancellationToken.None)).Articles;
        var second = (await query.BrowseAsync(new ArchiveFilter(), 2, CancellationToken.None)).Articles;

        Assert.Equal(ArchiveQuery.PageSize, first.Items.Count);
        Assert.True(first.HasNext);
        Assert.Equal("article-27", first.Items[0].Slug);
        Assert.Equal(["article-02", "article-01", "article-00"], second.Items.Select(a => a.Slug));
        Assert.False(second.HasNext);
        Assert.True(second.HasPrevious);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MinValue)]
    public async Task Latest_reads_a_page_number_below_one_as_the_first_page(int pageNumber)
    {
        await AddAsync(Article("only", new DateOnly(2020, 1, 1)));
        await using var db = database.CreateContext();

        var page = (await new ArchiveQuery(db).BrowseAsync(new ArchiveFilter(), pageNumber, CancellationToken.None)).Articles;

        Assert.Equal(1, page.PageNumber);
        Assert.Equal("only", Assert.Single(page.Items).Slug);
    }
}
