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
            person.Aliases.Add(new EntityAlias { Name = "Reinaldo Osorio Quintero", NormalizedName = "reinaldo osorio quintero", NameCount = 1 });
            person.Aliases.Add(new EntityAlias { Name = "Cachaco", NormalizedName = "cachaco", AddedBy = "desk@example.org" });
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
