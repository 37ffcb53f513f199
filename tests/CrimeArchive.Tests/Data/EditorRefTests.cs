using CrimeArchive.Data;
using CrimeArchive.Data.Accounts;
using CrimeArchive.Data.Text;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Data;

/// <summary>"Who did it" is one shape everywhere: an account and the name it had, or a name alone
/// for statements made before accounts existed.</summary>
public class EditorRefTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static Entity NewPerson(string name) => new()
    {
        Kind = EntityKind.Person, Name = name, NormalizedName = NameNormalizer.Normalize(name), Slug = Slugs.From(name),
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Every_who_field_keeps_the_account_and_the_name()
    {
        long personId;
        long accountId;
        await using (var db = database.CreateContext())
        {
            var account = new EditorAccount { UserName = "who@example.org", Email = "who@example.org", DisplayName = "Rosa Quiñones" };
            db.Users.Add(account);
            await db.SaveChangesAsync();
            accountId = account.Id;
            var person = NewPerson("Arcadio Benítez");
            person.LeadEditedBy = account.AsEditor();
            person.Aliases.Add(new EntityAlias { Name = "El Gallo", NormalizedName = "el gallo", AddedBy = account.AsEditor() });
            person.Sections.Add(new ProfileSection { Heading = "History", EditedBy = account.AsEditor() });
            person.Facts.Add(new Fact { Key = "Status", Value = "Captured", Editor = account.AsEditor(), Reason = "Court papers" });
            db.Entities.Add(person);
            db.Decisions.Add(new Decision { Entity = person, Key = "Status", ChosenValue = "Captured", DecidedBy = account.AsEditor(), Reason = "Court papers" });
            await db.SaveChangesAsync();
            personId = person.Id;
        }

        await using var read = database.CreateContext();
        var saved = await read.Entities.Include(e => e.Aliases).Include(e => e.Sections).Include(e => e.Facts).SingleAsync(e => e.Id == personId);
        var decision = await read.Decisions.SingleAsync(d => d.EntityId == personId);
        EditorRef[] who = [saved.LeadEditedBy!, saved.Aliases[0].AddedBy!, saved.Sections[0].EditedBy!, saved.Facts[0].Editor!, decision.DecidedBy];
        Assert.All(who, w => Assert.Equal((accountId, "Rosa Quiñones"), (w.UserId!.Value, w.Name)));
    }

    [Fact]
    public async Task A_statement_made_before_accounts_keeps_its_name_alone_and_a_removed_account_leaves_the_name()
    {
        long oldFact;
        long newFact;
        await using (var db = database.CreateContext())
        {
            var account = new EditorAccount { UserName = "gone@example.org", Email = "gone@example.org", DisplayName = "Tomás Ibarra" };
            var person = NewPerson("Lisandro Paz");
            person.Facts.Add(new Fact { Key = "Status", Value = "Dead", Editor = EditorRef.Named("desk@example.org") });
            var signed = new Fact { Key = "Status", Value = "Alive", Editor = new EditorRef { Name = "Tomás Ibarra" } };
            person.Facts.Add(signed);
            db.Users.Add(account);
            db.Entities.Add(person);
            await db.SaveChangesAsync();
            signed.Editor!.UserId = account.Id;
            await db.SaveChangesAsync();
            oldFact = person.Facts[0].Id;
            newFact = signed.Id;
            db.Users.Remove(account);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var facts = await read.Facts.Where(f => f.Id == oldFact || f.Id == newFact).ToDictionaryAsync(f => f.Id);
        Assert.Equal(("desk@example.org", (long?)null), (facts[oldFact].Editor!.Name, facts[oldFact].Editor!.UserId));
        Assert.Equal(("Tomás Ibarra", (long?)null), (facts[newFact].Editor!.Name, facts[newFact].Editor!.UserId));
    }
}
