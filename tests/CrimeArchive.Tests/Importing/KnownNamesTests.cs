using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Importing;

public class KnownNamesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_nickname_an_editor_added_is_recognised_in_new_texts()
    {
        await using (var db = database.CreateContext())
        {
            var person = new Entity { Kind = EntityKind.Person, Name = "Reinaldo Osorio Quintero", NormalizedName = "reinaldo osorio quintero", Slug = "reinaldo-osorio-quintero" };
            person.Aliases.Add(new EntityAlias { Name = "Reinaldo Osorio Quintero", NormalizedName = "reinaldo osorio quintero", EditorVotes = 1 });
            person.Aliases.Add(new EntityAlias { Name = "Cachaco", NormalizedName = "cachaco", AddedBy = EditorRef.Named("desk@example.org") });
            db.Entities.Add(person);
            await db.SaveChangesAsync();
        }
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "sighting.txt"),
            "Police in Pereira say Cachaco has returned to the city to take back the extortion rackets he ran before his arrest.\n\n" +
            "Officers believe Cachaco now answers to a new generation of local bosses, according to the regional police command.\n");

        await database.CreateImporter().ImportAsync([folder]);

        await using var check = database.CreateContext();
        var mentions = await check.Mentions.Where(m => m.Surface == "Cachaco").Select(m => m.Entity!.Name).ToListAsync();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, name => Assert.Equal("Reinaldo Osorio Quintero", name));
        Assert.Equal(1, await check.Entities.CountAsync(e => e.Kind == EntityKind.Person));
    }
}

public class CompatibleNameTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task His_brother_by_first_name_joins_the_full_name_another_text_gives(bool fullNameFirst)
    {
        var folder = Fixtures.ScratchFolder();
        var full = Path.Combine(folder, "full.txt");
        var brother = Path.Combine(folder, "brother.txt");
        await File.WriteAllTextAsync(full,
            "Police in Cali arrested Rafael Eduardo Prado Leal, a leader of the Los Pumas gang, on Monday, according to prosecutors.\n");
        await File.WriteAllTextAsync(brother,
            "The arrest of Marcos Prado Leal, his brother Rafael and two pilots has weakened the Los Pumas gang, police said.\n");

        foreach (var file in fullNameFirst ? new[] { full, brother } : [brother, full])
            await database.CreateImporter().ImportAsync([file]);

        await using var db = database.CreateContext();
        var rafael = await db.Entities.Include(e => e.Aliases).Where(e => e.Kind == EntityKind.Person && e.NormalizedName.StartsWith("rafael")).ToListAsync();
        var person = Assert.Single(rafael);
        Assert.Equal("Rafael Eduardo Prado Leal", person.Name);
        Assert.Contains(person.Aliases, a => a.Name == "Rafael");
    }
}
