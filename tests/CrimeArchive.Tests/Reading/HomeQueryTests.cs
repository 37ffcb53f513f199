using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Reading.Home;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Reading;

public class HomeQueryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using var db = database.CreateContext();
        db.AddRange(
            Article("published", new DateOnly(2021, 1, 1)),
            Article("draft", new DateOnly(2024, 1, 1), ArticleStatus.Draft),
            Entity(EntityKind.Group, "Los Rojos"), Entity(EntityKind.Group, "Los Verdes"), Entity(EntityKind.Place, "Cali"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HomePage> HomeAsync()
    {
        await using var db = database.CreateContext();
        return await new HomeQuery(db).GetAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_latest_cards_never_show_drafts() =>
        Assert.Equal(["published"], (await HomeAsync()).Latest.Select(a => a.Slug));

    [Fact]
    public async Task The_article_count_leaves_drafts_out() =>
        Assert.Equal(1, (await HomeAsync()).Counts.Articles);

    [Fact]
    public async Task Entities_are_counted_by_kind_with_zero_for_a_kind_that_has_none()
    {
        var counts = (await HomeAsync()).Counts;

        Assert.Equal((2, 0, 1), (counts.Of(EntityKind.Group), counts.Of(EntityKind.Person), counts.Of(EntityKind.Place)));
    }
}
