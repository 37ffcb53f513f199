using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Tests.Importing;

/// <summary>Two groups known by one name each become one when a text gives both names; what either
/// was stated to do moves to the one kept.</summary>
public class MergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_text_that_gives_both_names_merges_two_groups_with_their_mentions_and_votes()
    {
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "a_cartel.txt"),
            "Police in Veracruz arrested three members of the Costa Norte Cartel on Tuesday, according to prosecutors.\n\n" +
            "The Costa Norte Cartel has moved cocaine through the port for a decade, officials said.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b_costenos.txt"),
            "Mexican soldiers seized weapons from Los Costeños in Tuxpan on Friday, the army said.\n\n" +
            "Officials say Los Costeños control several towns along the Gulf coast.\n");
        await database.CreateImporter().ImportAsync([folder]);
        await using (var before = database.CreateContext())
            Assert.Equal(2, await before.Entities.CountAsync(e => e.Kind == EntityKind.Group));

        var both = Path.Combine(Fixtures.ScratchFolder(), "c_both.txt");
        await File.WriteAllTextAsync(both,
            "The Costa Norte Cartel, also known as Los Costeños, has expanded its extortion business into Tabasco, according to police.\n\n" +
            "State officials said the group sends collectors into the state every week.\n");
        var report = await database.CreateImporter().ImportAsync([both]);

        Assert.Equal(ImportStatus.Imported, report.Files.Single().Status);
        await using var db = database.CreateContext();
        var group = await db.Entities.Include(e => e.Aliases).SingleAsync(e => e.Kind == EntityKind.Group);
        Assert.Equal(["costa norte cartel", "los costenos"], group.Aliases.Select(a => a.NormalizedName).Order());
        var sources = await db.Mentions.Where(m => m.EntityId == group.Id).Select(m => m.SourceDocument!.FileName).Distinct().OrderBy(f => f).ToListAsync();
        Assert.Equal(["a_cartel.txt", "b_costenos.txt", "c_both.txt"], sources);
        // The votes of all three texts are for names the kept group holds.
        var aliasIds = group.Aliases.Select(a => a.Id).ToHashSet();
        var votes = await db.SourceDocuments.SelectMany(s => s.NameVotes).ToListAsync();
        Assert.Contains(votes, aliasIds.Contains);
        Assert.All(votes.Where(v => !aliasIds.Contains(v)), v => Assert.True(
            db.Aliases.Any(a => a.Id == v && a.Entity!.Kind != EntityKind.Group), $"vote {v} points at no alias of a place or person"));
    }

    [Theory]
    [InlineData("the Pacífico Cartel", "the Cartel del Pacífico")]
    [InlineData("Los Tucanes", "the Tucanes")]
    [InlineData("the Arbeláez family", "the Arbeláez clan")]
    public async Task Texts_naming_one_group_in_two_shapes_file_it_once(string first, string second)
    {
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "a_first.txt"),
            $"Police in Veracruz arrested three members of {first} on Tuesday, according to prosecutors.\n\n" +
            "Officials said the arrests followed months of surveillance in the port.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b_second.txt"),
            $"Soldiers seized rifles and cash from {second} in Tuxpan on Friday, the army said.\n\n" +
            "The raid was the largest in the state this year, officials said.\n");

        await database.CreateImporter().ImportAsync([folder]);

        await using var db = database.CreateContext();
        var group = await db.Entities.SingleAsync(e => e.Kind == EntityKind.Group);
        var sources = await db.Mentions.Where(m => m.EntityId == group.Id).Select(m => m.SourceDocument!.FileName).Distinct().OrderBy(f => f).ToListAsync();
        Assert.Equal(["a_first.txt", "b_second.txt"], sources);
    }

    [Fact]
    public async Task A_profile_that_merges_two_groups_keeps_one_section_per_heading_whatever_its_case()
    {
        // The cartel comes first, so it is the group kept; the gang's sections move to it.
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "b_costenos_profile.txt"),
            "HomeMexicoLos Costeños\nMEXICO\n\nLOS COSTEÑOS / 3 MAR 2021 BY INSIGHT CRIME STAFF EN\n\n" +
            "Los Costeños are a drug trafficking group based in the port of Tuxpan, on Mexico's Gulf coast.\n\n" +
            "HISTORY\n\nThe group grew out of a fishermen's cooperative that began moving cocaine in 2009.\n\n" +
            "GEOGRAPHY\n\nLos Costeños control the coastal road from Tuxpan to Tampico.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "a_cartel_profile.txt"),
            "HomeMexicoCosta Norte Cartel\nMEXICO\n\nCOSTA NORTE CARTEL / 5 MAY 2021 BY INSIGHT CRIME STAFF EN\n\n" +
            "The Costa Norte Cartel is a drug trafficking group based in the state of Veracruz.\n\n" +
            "History\n\nThe cartel was set up by former port workers in Veracruz.\n");
        await database.CreateImporter().ImportAsync([folder]);

        var both = Path.Combine(Fixtures.ScratchFolder(), "c_cartel_profile_later.txt");
        await File.WriteAllTextAsync(both,
            "HomeMexicoCosta Norte Cartel\nMEXICO\n\nCOSTA NORTE CARTEL / 9 SEP 2023 BY INSIGHT CRIME STAFF EN\n\n" +
            "The Costa Norte Cartel, also known as Los Costeños, is a drug trafficking group based in the state of Veracruz.\n\n" +
            "History\n\nThe cartel was set up by former port workers in Veracruz and later took in a fishermen's gang.\n\n" +
            "Geography\n\nThe cartel holds the ports of Veracruz and Tuxpan.\n");
        var report = await database.CreateImporter().ImportAsync([both]);

        Assert.Equal(ImportStatus.Imported, report.Files.Single().Status);
        await using var db = database.CreateContext();
        var group = await db.Entities.SingleAsync(e => e.Kind == EntityKind.Group);
        var sections = await db.ProfileSections.Where(s => s.EntityId == group.Id).OrderBy(s => s.Position).ToListAsync();
        Assert.Equal(["history", "geography"], sections.Select(s => s.Heading.ToLowerInvariant()));
        Assert.Contains("fishermen's gang", sections[0].BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("ports of Veracruz and Tuxpan", sections[1].BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_that_fails_late_in_a_files_batch_takes_the_earlier_ones_back()
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = new WriteBatch();
        sql.Add("INSERT INTO entities (kind, name, normalized_name, slug, created_at, updated_at) VALUES ('Group', $1, $1, $1, now(), now())", "kept-or-not");
        // No entity has id -1: the foreign key fails after the insert above has run.
        sql.Add("INSERT INTO aliases (entity_id, name, normalized_name, editor_votes, created_at) VALUES (-1, 'x', 'x', 0, now())");

        await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(connection, CancellationToken.None));

        Assert.False(await db.Entities.AnyAsync(e => e.Name == "kept-or-not"));
    }
}
