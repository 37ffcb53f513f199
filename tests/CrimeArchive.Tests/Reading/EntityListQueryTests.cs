using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Reading.Entities;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Reading;

public class EntityListQueryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using var db = database.CreateContext();
        var text = Source();
        var (alpha, zeta, lone) = (Entity(EntityKind.Group, "Alpha Clan"), Entity(EntityKind.Group, "Zeta Gang"), Entity(EntityKind.Group, "Beta Crew"));
        db.AddRange(text, alpha, zeta, lone, Entity(EntityKind.Person, "Gil Moya"),
            Mention(zeta, text, 0), Mention(zeta, text, 10), Mention(alpha, text, 20), Mention(lone, text, 30));
        db.Aliases.Add(new EntityAlias { Entity = zeta, Name = "Los Zeta", NormalizedName = "los zeta" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IReadOnlyList<EntityRow>> ByKindAsync(EntityKind kind)
    {
        await using var db = database.CreateContext();
        return await new EntityListQuery(db).ByKindAsync(kind, CancellationToken.None);
    }

    [Fact]
    public async Task The_index_of_a_kind_lists_only_that_kind() =>
        Assert.Equal(["Gil Moya"], (await ByKindAsync(EntityKind.Person)).Select(r => r.Name));

    [Fact]
    public async Task The_most_mentioned_come_first_then_by_name()
    {
        var rows = await ByKindAsync(EntityKind.Group);

        Assert.Equal(["Zeta Gang", "Alpha Clan", "Beta Crew"], rows.Select(r => r.Name));
        Assert.Equal([2, 1, 1], rows.Select(r => r.Mentions));
    }

    [Fact]
    public async Task Each_row_counts_the_entitys_aliases() =>
        Assert.Equal(1, (await ByKindAsync(EntityKind.Group)).Single(r => r.Name == "Zeta Gang").Aliases);

    [Fact]
    public async Task A_kind_with_no_entities_is_an_empty_list() =>
        Assert.Empty(await ByKindAsync(EntityKind.Place));
}
