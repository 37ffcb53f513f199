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
        db.AddRange(text, alpha, zeta, lone, Entity(EntityKind.Group, "Ángeles Negros"), Entity(EntityKind.Group, "18th Street"), Entity(EntityKind.Person, "Gil Moya"),
            Mention(zeta, text, 0), Mention(zeta, text, 10), Mention(alpha, text, 20), Mention(lone, text, 30));
        db.Aliases.Add(new EntityAlias { Entity = zeta, Name = "Los Zeta", NormalizedName = "los zeta" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<EntityIndexPage> ByKindAsync(EntityKind kind, string? letter = null, int page = 1)
    {
        await using var db = database.CreateContext();
        return await new EntityListQuery(db).ByKindAsync(kind, letter, page, CancellationToken.None);
    }

    [Fact]
    public async Task The_index_of_a_kind_lists_only_that_kind() =>
        Assert.Equal(["Gil Moya"], (await ByKindAsync(EntityKind.Person)).Entities.Items.Select(r => r.Name));

    [Fact]
    public async Task Names_are_in_alphabetical_order_whatever_their_accents_with_their_mentions()
    {
        var rows = (await ByKindAsync(EntityKind.Group)).Entities.Items;

        Assert.Equal(["18th Street", "Alpha Clan", "Ángeles Negros", "Beta Crew", "Zeta Gang"], rows.Select(r => r.Name));
        Assert.Equal(2, rows.Single(r => r.Name == "Zeta Gang").Mentions);
    }

    [Fact]
    public async Task Each_letter_counts_its_names_and_others_go_under_the_hash()
    {
        var index = await ByKindAsync(EntityKind.Group);

        Assert.Equal([("A", 2), ("B", 1), ("Z", 1), ("#", 1)], index.Letters.Select(l => (l.Letter, l.Entities)));
        Assert.Equal(5, index.Total);
    }

    [Fact]
    public async Task A_letter_lists_only_the_names_under_it()
    {
        Assert.Equal(["Alpha Clan", "Ángeles Negros"], (await ByKindAsync(EntityKind.Group, "A")).Entities.Items.Select(r => r.Name));
        Assert.Equal(["18th Street"], (await ByKindAsync(EntityKind.Group, EntityListQuery.OtherLetter)).Entities.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task Each_row_counts_the_entitys_aliases() =>
        Assert.Equal(1, (await ByKindAsync(EntityKind.Group)).Entities.Items.Single(r => r.Name == "Zeta Gang").Aliases);

    [Fact]
    public async Task A_kind_with_no_entities_is_an_empty_list() =>
        Assert.Empty((await ByKindAsync(EntityKind.Place)).Entities.Items);

    [Theory]
    [InlineData("AB")]
    [InlineData("1")]
    [InlineData("ñ")]
    public void Anything_but_a_letter_or_the_hash_is_refused(string letter) =>
        Assert.Throws<FormatException>(() => EntityListQuery.ParseLetter(letter));
}
