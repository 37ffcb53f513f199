using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Editing;

public class FactSettlementTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using var db = database.CreateContext();
        var person = new Entity { Kind = EntityKind.Person, Name = "Omar Rendon Pineda", NormalizedName = "omar rendon pineda", Slug = "omar-rendon-pineda" };
        db.Entities.Add(person);
        db.Facts.AddRange(
            new Fact { Entity = person, Key = "Status", Value = "Killed", Sentence = "Rendon was killed in a clash." },
            new Fact { Entity = person, Key = "Status", Value = "Alive", Sentence = "Officials say Rendon is alive." });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Settling_keeps_the_decision_with_who_and_why_and_keeps_the_statements()
    {
        await using var db = database.CreateContext();

        var result = await FactSettlement.SettleAsync(db, EntityKind.Person, "omar-rendon-pineda", "status", "Alive",
            EditorRef.Named("ana.editor"), "Fingerprints of the body did not match", TimeProvider.System);

        Assert.True(result.Settled, result.Message);
        await using var check = database.CreateContext();
        var decision = await check.Decisions.SingleAsync();
        Assert.Equal(("Alive", "ana.editor", "Fingerprints of the body did not match"), (decision.ChosenValue, decision.DecidedBy.Name, decision.Reason));
        Assert.Equal(2, await check.Facts.CountAsync());
    }

    [Theory]
    [InlineData("no-such-person", "Status", "ana", "why", "no person profile")]
    [InlineData("omar-rendon-pineda", "DOB", "ana", "why", "No source states")]
    [InlineData("omar-rendon-pineda", "Status", "", "why", "needs a value, the editor")]
    [InlineData("omar-rendon-pineda", "Status", "ana", " ", "needs a value, the editor")]
    public async Task A_decision_that_cannot_be_taken_says_why_and_changes_nothing(string slug, string key, string editor, string reason, string expected)
    {
        await using var db = database.CreateContext();

        var result = await FactSettlement.SettleAsync(db, EntityKind.Person, slug, key, "Alive", EditorRef.Named(editor), reason, TimeProvider.System);

        Assert.False(result.Settled);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Decisions.CountAsync());
    }
}
