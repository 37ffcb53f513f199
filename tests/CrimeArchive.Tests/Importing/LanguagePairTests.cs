using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Articles;
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

    [Fact]
    public async Task An_editor_unlinks_a_pair_and_a_later_import_does_not_pair_it_again()
    {
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt"), Fixtures.Import("port_brief_spanish.txt")]);
        var english = (await PairsAsync())["en:Brief"];
        await using (var db = database.CreateContext())
            Assert.Null(await new LanguageVersions(db, TimeProvider.System).LinkAsync(english.Id, null, EditorRef.Named("Desk"), default));

        // The English text captured again (its old copy's chrome): the import reads it anew.
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_old_capture.txt")]);

        await using var check = database.CreateContext();
        Assert.All(await check.Articles.Select(a => a.OtherLanguageId).ToListAsync(), Assert.Null);
        Assert.Equal(AuditAction.LinkedVersions, (await check.AuditLog.SingleAsync()).Action);
    }

    [Fact]
    public async Task An_editor_links_two_versions_and_their_former_partners_are_unpaired()
    {
        await database.CreateImporter().ImportAsync([Fixtures.Import("port_brief_full.txt"), Fixtures.Import("port_brief_spanish.txt"), Fixtures.Import("bus_brief_spanish.txt")]);
        await using var db = database.CreateContext();
        var english = await db.Articles.SingleAsync(a => a.Language == "en");
        var bus = await db.Articles.SingleAsync(a => a.Language == "es" && a.Title.StartsWith("Transportistas"));
        var port = await db.Articles.SingleAsync(a => a.Language == "es" && a.Title.StartsWith("Guardias"));

        Assert.Null(await new LanguageVersions(db, TimeProvider.System).LinkAsync(english.Id, bus.Slug, EditorRef.Named("Desk"), default));
        Assert.NotNull(await new LanguageVersions(db, TimeProvider.System).LinkAsync(english.Id, english.Slug, EditorRef.Named("Desk"), default));

        await using var check = database.CreateContext();
        var pairs = await check.Articles.ToDictionaryAsync(a => a.Id, a => a.OtherLanguageId);
        Assert.Equal((bus.Id, english.Id, (long?)null), (pairs[english.Id], pairs[bus.Id], pairs[port.Id]));
    }
}
