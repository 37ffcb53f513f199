using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Importing;

/// <summary>The English and Spanish versions of one piece find each other at import.</summary>
public class LanguagePairTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Dictionary<string, (long Id, long? Other)>> PairsAsync()
    {
        await using var db = database.CreateContext();
        return await db.Articles.ToDictionaryAsync(a => a.Language + ":" + a.Kind, a => (a.Id, a.OtherLanguageId));
    }

    [Fact]
    public async Task Versions_of_one_piece_imported_apart_are_linked_both_ways()
    {
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt")]);
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_spanish.txt")]);

        var articles = await PairsAsync();

        var (english, spanish) = (articles["en:Brief"], articles["es:Brief"]);
        Assert.Equal(spanish.Id, english.Other);
        Assert.Equal(english.Id, spanish.Other);
    }

    [Fact]
    public async Task A_story_of_the_same_days_about_other_people_stays_unpaired()
    {
        // A Spanish brief of the same week and port, about another gang and another man.
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt"), Fixtures.Import("bus_brief_spanish.txt")]);

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.All(await db.Articles.Select(a => a.OtherLanguageId).ToListAsync(), Assert.Null);
    }
}
