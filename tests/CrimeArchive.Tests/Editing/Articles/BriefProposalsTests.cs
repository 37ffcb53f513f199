using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>On save, the extraction reads a brief and proposes; the editor accepts or rejects.</summary>
public class BriefProposalsTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly EditorRef Desk = EditorRef.Named("desk");

    /// <summary>A leader and the group they lead, as the seeds state it.</summary>
    internal static async Task<(Entity Leader, Entity Group)> LeaderAndGroupAsync(ArchiveDbContext db)
    {
        var pair = await db.Relationships.Where(r => r.Type == RelationshipType.LeaderOf && r.Subject!.Kind == EntityKind.Person && r.Object!.Kind == EntityKind.Group)
            .OrderBy(r => r.Id).Select(r => new { r.Subject, r.Object }).FirstAsync();
        return (pair.Subject!, pair.Object!);
    }

    private async Task<(long ArticleId, Entity Leader, Entity Group)> WriteBriefAsync(string title, bool dated = true)
    {
        await using var db = database.CreateContext();
        var (leader, group) = await LeaderAndGroupAsync(db);
        var body = $"Police captured {leader.Name}, the leader of the {group.Name}, on Tuesday in a rural area near the border.\n\nThe operation involved two hundred officers.";
        var saved = await new ArticleEditing(db, TimeProvider.System).CreateAsync(
            new ArticleFields(title, null, ArticleKind.Brief, "en", "Colombia", [], "Desk", dated ? new DateOnly(2026, 12, 1) : null, "", body), Desk, default);
        await new BriefProposals(db, TimeProvider.System).RefreshAsync(saved.Id, default);
        return (saved.Id, leader, group);
    }

    [Fact]
    public async Task A_saved_brief_gets_links_to_known_entities_a_relationship_and_a_status_fact()
    {
        var (id, leader, group) = await WriteBriefAsync("Leader captured near the border");

        await using var db = database.CreateContext();
        var proposals = await new BriefProposals(db, TimeProvider.System).ForArticleAsync(id, default);
        var kinds = proposals.Select(v => v.Proposal).ToList();
        Assert.Contains(kinds, p => p.Kind == ProposalKind.Link && p.EntityId == leader.Id);
        Assert.Contains(kinds, p => p.Kind == ProposalKind.Link && p.EntityId == group.Id);
        Assert.Contains(kinds, p => p.Kind == ProposalKind.Relationship && p.EntityId == leader.Id && p.RelationshipType == RelationshipType.LeaderOf && p.ObjectId == group.Id);
        Assert.Contains(kinds, p => p.Kind == ProposalKind.Fact && p.EntityId == leader.Id && p.FactValue == "Captured");
        // The value shown beside the status is the one the profile gives.
        var profile = await new CrimeArchive.Web.Reading.Profiles.ProfileQuery(db).FindAsync(EntityKind.Person, leader.Slug, 1, default);
        var shown = profile!.Facts.FirstOrDefault(f => string.Equals(f.Key, "Status", StringComparison.OrdinalIgnoreCase))?.Value;
        Assert.Equal(shown, proposals.Single(v => v.Proposal.Kind == ProposalKind.Fact).CurrentValue);
    }

    [Fact]
    public async Task An_accepted_status_cites_the_brief_and_settles_the_profile_and_a_rejected_one_is_not_proposed_again()
    {
        var (id, leader, _) = await WriteBriefAsync("Second capture of a leader");
        await using var db = database.CreateContext();
        var desk = new BriefProposals(db, TimeProvider.System);
        var fact = (await desk.ForArticleAsync(id, default)).Single(v => v.Proposal.Kind == ProposalKind.Fact).Proposal;
        var relationship = (await desk.ForArticleAsync(id, default)).Single(v => v.Proposal.Kind == ProposalKind.Relationship).Proposal;

        Assert.Null(await desk.AcceptAsync(id, fact.Id, settle: true, Desk, default));
        Assert.Null(await desk.RejectAsync(id, relationship.Id, Desk, default));
        await desk.RefreshAsync(id, default);

        await using var check = database.CreateContext();
        var stated = await check.Facts.SingleAsync(f => f.ArticleId == id);
        Assert.Equal((leader.Id, "Captured", "desk"), (stated.EntityId, stated.Value, stated.Editor!.Name));
        Assert.Contains("captured", stated.Sentence, StringComparison.Ordinal);
        Assert.Equal("Captured", (await check.Decisions.Where(d => d.EntityId == leader.Id).OrderByDescending(d => d.Id).FirstAsync()).ChosenValue);
        Assert.True(await check.Mentions.AnyAsync(m => m.ArticleId == id && m.EntityId == leader.Id));
        var again = await check.Proposals.Where(p => p.ArticleId == id && p.Kind == ProposalKind.Relationship).ToListAsync();
        Assert.Equal([ProposalState.Rejected], again.Select(p => p.State));
    }

    [Fact]
    public async Task What_an_editor_accepts_from_a_draft_reaches_the_profile_only_once_the_brief_is_published()
    {
        var (id, leader, _) = await WriteBriefAsync("Leader held in a third raid", dated: false);
        await using var db = database.CreateContext();
        var desk = new BriefProposals(db, TimeProvider.System);
        var fact = (await desk.ForArticleAsync(id, default)).Single(v => v.Proposal.Kind == ProposalKind.Fact).Proposal;
        Assert.Null(await desk.AcceptAsync(id, fact.Id, settle: false, Desk, default));
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var reader = factory.CreateClient();

        var before = await reader.GetStringAsync(new Uri($"/people/{leader.Slug}", UriKind.Relative));
        Assert.DoesNotContain("two hundred officers", before, StringComparison.Ordinal);
        Assert.DoesNotContain(fact.Sentence, System.Net.WebUtility.HtmlDecode(before), StringComparison.Ordinal);

        var version = await db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
        Assert.Equal(ArticleSaveStatus.Saved, (await new ArticleEditing(db, TimeProvider.System).ChangeStateAsync(id, version, ArticleStateChange.Publish, null, Desk, default)).Status);
        // Published outside this instance's pages: its readers' cached profile goes once the change log is read.
        var after = "";
        for (var wait = 0; wait < 300 && !System.Net.WebUtility.HtmlDecode(after).Contains(fact.Sentence, StringComparison.Ordinal); wait++)
        {
            await Task.Delay(wait == 0 ? 0 : 100);
            after = await reader.GetStringAsync(new Uri($"/people/{leader.Slug}", UriKind.Relative));
        }
        Assert.Contains(fact.Sentence, System.Net.WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        // Accepted while the brief had no date, the statement takes the date it was published on.
        await using var check = database.CreateContext();
        var published = await check.Articles.Where(a => a.Id == id).Select(a => a.PublishedOn).SingleAsync();
        Assert.NotNull(published);
        Assert.Equal(published, await check.Facts.Where(f => f.ArticleId == id).Select(f => f.StatedOn).SingleAsync());
    }

    [Fact]
    public async Task A_new_leader_is_shown_beside_the_current_ones_and_confirming_makes_them_the_groups_leader()
    {
        var (id, leader, group) = await WriteBriefAsync("A new chief for the group");
        await using var db = database.CreateContext();
        var desk = new BriefProposals(db, TimeProvider.System);
        var view = (await desk.ForArticleAsync(id, default)).Single(v => v.Proposal.Kind == ProposalKind.Relationship);
        Assert.StartsWith("led by ", view.CurrentValue, StringComparison.Ordinal);

        Assert.Null(await desk.AcceptAsync(id, view.Proposal.Id, settle: true, Desk, default));

        await using var check = database.CreateContext();
        var decision = await check.Decisions.Where(d => d.EntityId == group.Id && d.Key == "Leader").OrderByDescending(d => d.Id).FirstAsync();
        Assert.Equal(leader.Name, decision.ChosenValue);
        Assert.True(await check.Relationships.AnyAsync(r => r.ArticleId == id && r.SubjectId == leader.Id && r.ObjectId == group.Id));
        var history = await check.Revisions.Where(r => r.Subject == RevisionSubject.Entity && r.SubjectId == group.Id).Select(r => r.Summary).ToListAsync();
        Assert.Contains(history, h => h.Contains("(confirmed)", StringComparison.Ordinal) && h.Contains("A new chief for the group", StringComparison.Ordinal));
    }
}
