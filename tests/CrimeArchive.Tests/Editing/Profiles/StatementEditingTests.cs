using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Editing.Profiles;

/// <summary>Statements as editors curate them: added with a citation, withdrawn (never deleted, and
/// still withdrawn after a re-import), disagreements settled.</summary>
public class StatementEditingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly EditorRef Desk = EditorRef.Named("desk");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string Folder, long Id)> ImportAsync()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("ruiz_profile.txt"), Fixtures.Import("port_brief_full.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        await using var db = database.CreateContext();
        return (folder, await db.Entities.Where(e => e.Name == "Mario Ruiz Tapia").Select(e => e.Id).SingleAsync());
    }

    private async Task<string> ProfileHtmlAsync(string slug = "mario-ruiz-tapia")
    {
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        return await factory.CreateClient().GetStringAsync(new Uri($"/people/{slug}", UriKind.Relative));
    }

    [Fact]
    public async Task A_withdrawn_fact_leaves_the_profile_stays_in_the_archive_and_stays_withdrawn_after_a_reimport()
    {
        var (folder, id) = await ImportAsync();
        Assert.Contains("Money laundering", await ProfileHtmlAsync(), StringComparison.Ordinal);
        await using (var db = database.CreateContext())
            Assert.Null(await new StatementEditing(db, TimeProvider.System).WithdrawFactAsync(id, "Criminal Activities", "Money laundering", "He was never charged with it", Desk, default));

        var file = Path.Combine(folder, "ruiz_profile.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("cattle ranches", "horse ranches", StringComparison.Ordinal));
        await database.CreateImporter().ImportAsync([folder]);

        Assert.DoesNotContain("Money laundering", await ProfileHtmlAsync(), StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.True(await check.Facts.AnyAsync(f => f.EntityId == id && f.Value == "Money laundering"));
        var audit = await check.AuditLog.SingleAsync(e => e.Action == AuditAction.Withdrew);
        Assert.Contains("He was never charged with it", audit.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_is_written_to_the_change_log_so_every_instance_drops_its_cached_pages()
    {
        var (_, id) = await ImportAsync();
        long before;
        await using (var db = database.CreateContext())
        {
            before = await db.SearchChanges.MaxAsync(c => c.Id);
            Assert.Null(await new StatementEditing(db, TimeProvider.System).WithdrawFactAsync(id, "Criminal Activities", "Money laundering", "Never charged", Desk, default));
        }

        await using var check = database.CreateContext();
        Assert.True(await check.SearchChanges.AnyAsync(c => c.Id > before && c.Kind == SearchChangeKind.Entity && c.TargetId == id));
    }

    [Fact]
    public async Task A_fact_cites_a_sentence_that_is_in_the_article_or_a_source_in_words()
    {
        var (_, id) = await ImportAsync();
        await using var db = database.CreateContext();
        var editing = new StatementEditing(db, TimeProvider.System);
        var slug = await db.Articles.Select(a => a.Slug).SingleAsync();

        var wrong = await editing.AddFactAsync(id, "Status", "Extradited", new StatementCitation(slug, "A sentence the article never wrote.", null), "new brief", Desk, default);
        Assert.Contains("not in the article", wrong, StringComparison.Ordinal);
        var none = await editing.AddFactAsync(id, "Status", "Extradited", new StatementCitation(null, null, null), "new brief", Desk, default);
        Assert.Contains("Cite an article", none, StringComparison.Ordinal);

        Assert.Null(await editing.AddFactAsync(id, "Status", "Extradited", new StatementCitation(null, null, "US Justice Department release, 4 March 2012"),
            "The release names him", Desk, default));
        Assert.Null(await editing.AddFactAsync(id, "Nickname", "El Contable",
            new StatementCitation(slug, "Investigators said the containers were bound for Rotterdam and Antwerp", null), "test citation", Desk, default));

        var html = await ProfileHtmlAsync();
        Assert.Contains("US Justice Department release, 4 March 2012", html, StringComparison.Ordinal);
        Assert.Contains("added by desk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_adds_a_relationship_and_settles_a_disagreement_through_the_page()
    {
        var (_, id) = await ImportAsync();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, "statements.desk@example.org");
        var path = $"/edit/profiles/{id}/statements";

        var added = await editor.PostFormAsync(path + "?handler=AddRelationship", new()
        {
            ["Input.ThisIsSubject"] = "true", ["Input.Type"] = "AllyOf", ["Input.Other"] = "Montes Bobadilla clan",
            ["Input.SourceNote"] = "Court file 2010-114", ["Input.Reason"] = "named in the indictment",
        }, formPath: path);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var unknown = await editor.PostFormAsync(path + "?handler=AddRelationship", new()
        {
            ["Input.Type"] = "AllyOf", ["Input.Other"] = "Nobody By This Name", ["Input.SourceNote"] = "x", ["Input.Reason"] = "y",
        }, formPath: path);
        Assert.Contains("No group, person or place is called", new HtmlParser().ParseDocument(await unknown.Content.ReadAsStringAsync())
            .QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);

        await editor.PostFormAsync(path + "?handler=AddFact", new()
        {
            ["Input.Key"] = "Status", ["Input.Value"] = "Released", ["Input.SourceNote"] = "Prison registry", ["Input.Reason"] = "released in 2015",
        }, formPath: path);
        var settled = await editor.PostFormAsync(path + "?handler=Settle", new() { ["key"] = "Status", ["value"] = "Released", ["reason"] = "registry is later" },
            formPath: path);
        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);

        await using var db = database.CreateContext();
        Assert.Equal("Released", (await db.Decisions.SingleAsync(d => d.EntityId == id)).ChosenValue);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditAction.Settled && e.SubjectId == id));
        var relationship = await db.Relationships.SingleAsync(r => r.SubjectId == id && r.Type == RelationshipType.AllyOf);
        Assert.Equal(("Court file 2010-114", "named in the indictment"), (relationship.SourceNote, relationship.Reason));
        Assert.Contains("Montes Bobadilla", await ProfileHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statements_an_editor_added_and_a_relationship_they_withdrew_survive_a_changed_reimport()
    {
        var (folder, id) = await ImportAsync();
        long network;
        await using (var db = database.CreateContext())
        {
            var editing = new StatementEditing(db, TimeProvider.System);
            network = await db.Relationships.Where(r => r.SubjectId == id).Select(r => r.ObjectId).FirstAsync();
            var type = await db.Relationships.Where(r => r.SubjectId == id && r.ObjectId == network).Select(r => r.Type).FirstAsync();
            Assert.Null(await editing.AddFactAsync(id, "Nationality", "Colombian", new StatementCitation(null, null, "Passport record"), "records", Desk, default));
            Assert.Null(await editing.WithdrawRelationshipAsync(id, type, network, "the network disowned him", Desk, default));
        }
        var file = Path.Combine(folder, "ruiz_profile.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("cattle ranches", "horse ranches", StringComparison.Ordinal));
        await database.CreateImporter().ImportAsync([folder]);

        await using var check = database.CreateContext();
        Assert.True(await check.Facts.AnyAsync(f => f.EntityId == id && f.Key == "Nationality" && f.SourceNote == "Passport record"));
        Assert.True(await check.Relationships.AnyAsync(r => r.SubjectId == id && r.ObjectId == network), "the statements stay in the archive");
        Assert.False(await CrimeArchive.Data.Editing.StandingStatements.Standing(check.Relationships.Where(r => r.SubjectId == id && r.ObjectId == network), check.Withdrawals).AnyAsync());
        Assert.Contains("horse ranches", (await check.Entities.SingleAsync(e => e.Id == id)).Lead, StringComparison.Ordinal);
    }
}
