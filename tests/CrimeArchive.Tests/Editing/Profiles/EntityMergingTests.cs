using System.Net;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Editing.Profiles;

/// <summary>Editors merge two profiles that are one entity and split off a name wrongly merged.</summary>
public class EntityMergingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly EditorRef Desk = EditorRef.Named("desk");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Entity Group(string name, params string[] aliases)
    {
        var group = new Entity
        {
            Kind = EntityKind.Group, Name = name, NormalizedName = NameNormalizer.Normalize(name), Slug = Slugs.From(name),
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        foreach (var alias in aliases.Prepend(name))
            group.Aliases.Add(new EntityAlias { Name = alias, NormalizedName = NameNormalizer.Normalize(alias), CreatedAt = DateTimeOffset.UtcNow });
        return group;
    }

    private static Mention MentionOf(Entity entity, SourceDocument source, string surface, int start) => new()
    {
        Entity = entity, SourceDocument = source, Surface = surface, Start = start, Length = surface.Length, Sentence = surface + " was named.", SentenceStart = start,
    };

    [Fact]
    public async Task Merging_moves_names_mentions_and_statements_and_the_old_address_redirects()
    {
        long kept, absorbed;
        await using (var db = database.CreateContext())
        {
            var source = new SourceDocument { FileName = "brief.txt", Checksum = "c1", RawText = "text", ImportedAt = DateTimeOffset.UtcNow };
            var a = Group("Los Caimanes", "Caimanes");
            var b = Group("Banda de los Caimanes", "Caimanes del Sur");
            var boss = new Entity { Kind = EntityKind.Person, Name = "Ovidio Salas", NormalizedName = "ovidio salas", Slug = "ovidio-salas", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.AddRange(source, a, b, boss, MentionOf(a, source, "Los Caimanes", 0), MentionOf(b, source, "Banda de los Caimanes", 40));
            db.Relationships.Add(new Relationship { Subject = boss, Object = b, Type = RelationshipType.LeaderOf, SourceDocument = source, Sentence = "Salas leads the Banda de los Caimanes." });
            b.Facts.Add(new Fact { Key = "Founded", Value = "2009", SourceDocument = source, Sentence = "The Banda de los Caimanes appeared in 2009." });
            await db.SaveChangesAsync();
            (kept, absorbed) = (a.Id, b.Id);
        }

        await using (var db = database.CreateContext())
            Assert.Null(await new EntityMerging(db, TimeProvider.System).MergeAsync(kept, absorbed, "one gang under two names", Desk, default));

        await using var check = database.CreateContext();
        Assert.False(await check.Entities.AnyAsync(e => e.Id == absorbed));
        Assert.Equal(["Banda de los Caimanes", "Caimanes", "Caimanes del Sur", "Los Caimanes"],
            (await check.Aliases.Where(x => x.EntityId == kept).Select(x => x.Name).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(2, await check.Mentions.CountAsync(m => m.EntityId == kept));
        Assert.True(await check.Relationships.AnyAsync(r => r.ObjectId == kept && r.Type == RelationshipType.LeaderOf));
        Assert.True(await check.Facts.AnyAsync(f => f.EntityId == kept && f.Key == "Founded"));
        Assert.Equal(AuditAction.Merged, (await check.AuditLog.SingleAsync()).Action);
        Assert.Contains("merged 'Banda de los Caimanes'", (await check.Revisions.SingleAsync(r => r.SubjectId == kept)).Summary, StringComparison.Ordinal);

        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var old = await EditorBrowser.For(factory).Client.GetAsync(new Uri("/groups/banda-de-los-caimanes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/groups/los-caimanes", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_profiles_of_one_kind_merge_and_a_reason_is_required()
    {
        long group, person;
        await using (var db = database.CreateContext())
        {
            var g = Group("Los Pumas");
            var p = new Entity { Kind = EntityKind.Person, Name = "Puma Rojas", NormalizedName = "puma rojas", Slug = "puma-rojas", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.AddRange(g, p);
            await db.SaveChangesAsync();
            (group, person) = (g.Id, p.Id);
        }
        await using var check = database.CreateContext();
        var merging = new EntityMerging(check, TimeProvider.System);
        Assert.Contains("only profiles of one kind", await merging.MergeAsync(group, person, "same", Desk, default), StringComparison.Ordinal);
        Assert.Contains("Say why", await merging.MergeAsync(group, person, " ", Desk, default), StringComparison.Ordinal);
        Assert.Equal(2, await check.Entities.CountAsync());
    }

    [Fact]
    public async Task Splitting_a_name_off_makes_its_own_profile_with_its_mentions_and_imports_do_not_give_it_back()
    {
        long original;
        await using (var db = database.CreateContext())
        {
            var source = new SourceDocument { FileName = "b.txt", Checksum = "c2", RawText = "text", ImportedAt = DateTimeOffset.UtcNow };
            var g = Group("Clan del Norte", "Los Norteños", "Los del Valle");
            db.AddRange(source, g, MentionOf(g, source, "Clan del Norte", 0), MentionOf(g, source, "Los del Valle", 30), MentionOf(g, source, "los del valle", 60));
            await db.SaveChangesAsync();
            original = g.Id;
        }
        long aliasId;
        await using (var db = database.CreateContext())
            aliasId = await db.Aliases.Where(a => a.EntityId == original && a.Name == "Los del Valle").Select(a => a.Id).SingleAsync();

        await using (var db = database.CreateContext())
        {
            var (newId, error) = await new EntityMerging(db, TimeProvider.System).SplitAsync(original, [aliasId], "a different gang in Valle", Desk, default);
            Assert.Null(error);
            Assert.NotNull(newId);
        }

        await using var check = database.CreateContext();
        var split = await check.Entities.Include(e => e.Aliases).SingleAsync(e => e.Name == "Los del Valle");
        Assert.Equal((EntityKind.Group, "los-del-valle"), (split.Kind, split.Slug));
        Assert.Equal(2, await check.Mentions.CountAsync(m => m.EntityId == split.Id));
        Assert.Equal(1, await check.Mentions.CountAsync(m => m.EntityId == original));
        Assert.True(await check.RemovedAliases.AnyAsync(r => r.EntityId == original && r.NormalizedName == "los del valle"));
        Assert.Equal(AuditAction.Split, (await check.AuditLog.SingleAsync()).Action);
    }

    [Fact]
    public async Task A_split_survives_an_import_of_a_text_that_gives_both_names_as_one_group()
    {
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "first.txt"),
            "Northern Clan Expands\n\nBRIEF\n\nNorthern Clan Expands\n\nCOLOMBIA / 1 MAR 2021 BY ANA RUIZ EN\n\n"
            + "The Clan del Norte, also known as Los del Valle, has moved into the port of Buenaventura, police said.\n");
        await database.CreateImporter().ImportAsync([folder]);
        long original, aliasId;
        await using (var db = database.CreateContext())
        {
            original = await db.Entities.Where(e => e.Name == "Clan del Norte").Select(e => e.Id).SingleAsync();
            aliasId = await db.Aliases.Where(a => a.EntityId == original && a.Name == "Los del Valle").Select(a => a.Id).SingleAsync();
            Assert.Null((await new EntityMerging(db, TimeProvider.System).SplitAsync(original, [aliasId], "two gangs, one in Valle", Desk, default)).Error);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "second.txt"),
            "Valle Gang Hit by Raids\n\nBRIEF\n\nValle Gang Hit by Raids\n\nCOLOMBIA / 3 MAR 2021 BY ANA RUIZ EN\n\n"
            + "Police raided properties of the Clan del Norte, also known as Los del Valle, in the city of Cali on Monday.\n");
        await database.CreateImporter().ImportAsync([folder]);

        await using var check = database.CreateContext();
        var split = await check.Entities.SingleOrDefaultAsync(e => e.Name == "Los del Valle");
        Assert.NotNull(split);
        Assert.False(await check.Aliases.AnyAsync(a => a.EntityId == original && a.NormalizedName == "los del valle"));
    }
}
