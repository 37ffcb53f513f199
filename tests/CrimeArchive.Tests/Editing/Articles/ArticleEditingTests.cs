using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>The newsroom's article writes on their own: states, slugs, revisions, conflicts, schedule.</summary>
public class ArticleEditingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly EditorRef Ana = EditorRef.Named("Ana Restrepo");
    private static readonly EditorRef Luis = EditorRef.Named("Luis Ortega");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    private ArticleEditing Editing(ArchiveDbContext db) => new(db, clock);

    private static ArticleFields Brief(string title, string body = "Police in Cúcuta arrested two men.\n\nThe second paragraph.", string? slug = null) =>
        new(title, slug, ArticleKind.Brief, "en", "Colombia", ["arrests"], "Newsroom", null, "A short lead.", body);

    private async Task<ArticleSaveResult> CreateAsync(ArticleFields fields)
    {
        await using var db = database.CreateContext();
        var created = await Editing(db).CreateAsync(fields, Ana, CancellationToken.None);
        Assert.Equal(ArticleSaveStatus.Saved, created.Status);
        return created;
    }

    [Fact]
    public async Task A_new_brief_is_a_draft_with_a_first_revision_and_a_search_change()
    {
        var created = await CreateAsync(Brief("Two arrested in Cúcuta border raid"));

        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == created.Id);
        Assert.Equal((ArticleStatus.Draft, "two-arrested-in-cucuta-border-raid"), (article.Status, article.Slug));
        Assert.Equal(["created"], await db.Revisions.Where(r => r.SubjectId == created.Id).Select(r => r.Summary).ToListAsync());
        Assert.True(await db.SearchChanges.AnyAsync(c => c.Kind == SearchChangeKind.Article && c.TargetId == created.Id));
    }

    [Fact]
    public async Task Publishing_sets_the_date_and_writes_the_audit_log()
    {
        var created = await CreateAsync(Brief("Harbour chief detained in Buenaventura"));
        await using var db = database.CreateContext();
        var published = await Editing(db).ChangeStateAsync(created.Id, created.Version, ArticleStateChange.Publish, null, Luis, CancellationToken.None);

        Assert.Equal(ArticleSaveStatus.Saved, published.Status);
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == created.Id);
        Assert.Equal((ArticleStatus.Published, new DateOnly(2026, 3, 4)), (article.Status, article.PublishedOn));
        var audit = await db.AuditLog.SingleAsync(e => e.SubjectId == created.Id);
        Assert.Equal((AuditAction.Published, "Luis Ortega"), (audit.Action, audit.Editor.Name));
    }

    [Fact]
    public async Task A_changed_slug_keeps_the_old_address_and_a_taken_one_is_refused()
    {
        var first = await CreateAsync(Brief("Gang leader extradited from Panama"));
        var other = await CreateAsync(Brief("Another brief entirely"));
        await using var db = database.CreateContext();

        var renamed = await Editing(db).SaveAsync(first.Id, first.Version, Brief("Gang leader extradited from Panama", slug: "gang-leader-extradited"), Ana, CancellationToken.None);
        Assert.Equal(ArticleSaveStatus.Saved, renamed.Status);
        Assert.True(await db.SlugRedirects.AnyAsync(r => r.OldSlug == "gang-leader-extradited-from-panama" && r.SubjectId == first.Id));

        var clash = await Editing(db).SaveAsync(other.Id, other.Version, Brief("Another brief entirely", slug: "gang-leader-extradited-from-panama"), Ana, CancellationToken.None);
        Assert.Equal(ArticleSaveStatus.Invalid, clash.Status);
        Assert.Equal("Slug", clash.Errors!.Single().Field);
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_a_conflict_and_changes_nothing()
    {
        var created = await CreateAsync(Brief("Prison riot in Guayaquil"));
        await using (var db = database.CreateContext())
            Assert.Equal(ArticleSaveStatus.Saved, (await Editing(db).SaveAsync(created.Id, created.Version, Brief("Prison riot in Guayaquil leaves six dead"), Ana, CancellationToken.None)).Status);

        await using var second = database.CreateContext();
        var late = await Editing(second).SaveAsync(created.Id, created.Version, Brief("Riot in Guayaquil prison"), Luis, CancellationToken.None);

        Assert.Equal(ArticleSaveStatus.Conflict, late.Status);
        Assert.Equal("Prison riot in Guayaquil leaves six dead", late.Current!.Title);
        Assert.StartsWith("Ana Restrepo", late.CurrentSavedBy, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal("Prison riot in Guayaquil leaves six dead", (await check.Articles.SingleAsync(a => a.Id == created.Id)).Title);
    }

    [Fact]
    public async Task A_scheduled_brief_publishes_itself_at_its_time_even_from_a_fresh_start()
    {
        var created = await CreateAsync(Brief("Cartel accountant sentenced"));
        await using (var db = database.CreateContext())
        {
            var past = await Editing(db).ChangeStateAsync(created.Id, created.Version, ArticleStateChange.Schedule, clock.GetUtcNow().AddMinutes(-1), Ana, CancellationToken.None);
            Assert.Equal(ArticleSaveStatus.Invalid, past.Status);
            var scheduled = await Editing(db).ChangeStateAsync(created.Id, created.Version, ArticleStateChange.Schedule, clock.GetUtcNow().AddHours(2), Ana, CancellationToken.None);
            Assert.Equal(ArticleSaveStatus.Saved, scheduled.Status);
            Assert.Equal(0, await Editing(db).PublishDueAsync(CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromHours(3));
        // A new context and service: what an instance that has just started has.
        await using var restarted = database.CreateContext();
        Assert.Equal(1, await Editing(restarted).PublishDueAsync(CancellationToken.None));
        var article = await restarted.Articles.AsNoTracking().SingleAsync(a => a.Id == created.Id);
        Assert.Equal((ArticleStatus.Published, new DateOnly(2026, 3, 4), (DateTimeOffset?)null), (article.Status, article.PublishedOn, article.PublishAt));
        var published = await restarted.AuditLog.SingleAsync(e => e.SubjectId == created.Id && e.Action == AuditAction.Published);
        Assert.Equal("Ana Restrepo", published.Editor.Name);
    }

    [Fact]
    public async Task Restoring_a_revision_puts_its_text_back_as_a_new_revision()
    {
        var created = await CreateAsync(Brief("Mayor's brother kidnapped", body: "The first version of the body."));
        ArticleSaveResult edited;
        await using (var db = database.CreateContext())
            edited = await Editing(db).SaveAsync(created.Id, created.Version, Brief("Mayor's brother kidnapped", body: "A rewritten body."), Luis, CancellationToken.None);

        await using var restore = database.CreateContext();
        var restored = await Editing(restore).RestoreAsync(created.Id, edited.Version, 1, Ana, CancellationToken.None);

        Assert.Equal(ArticleSaveStatus.Saved, restored.Status);
        await using var check = database.CreateContext();
        Assert.Equal("The first version of the body.", (await check.Articles.SingleAsync(a => a.Id == created.Id)).BodyMarkdown);
        var summaries = await check.Revisions.Where(r => r.SubjectId == created.Id).OrderBy(r => r.Number).Select(r => r.Summary).ToListAsync();
        Assert.Equal(["created", "body", "restored revision 1"], summaries);
        Assert.True(await check.AuditLog.AnyAsync(e => e.SubjectId == created.Id && e.Action == AuditAction.Restored));
    }

    [Fact]
    public async Task Unpublishing_or_going_back_to_draft_takes_a_brief_from_readers_and_is_audited()
    {
        var first = await CreateAsync(Brief("Mayor accused of cartel ties"));
        var second = await CreateAsync(Brief("Judge accused of cartel ties"));
        await using var db = database.CreateContext();
        var editing = Editing(db);
        foreach (var created in new[] { first, second })
        {
            var published = await editing.ChangeStateAsync(created.Id, created.Version, ArticleStateChange.Publish, null, Ana, default);
            var change = created == first ? ArticleStateChange.Unpublish : ArticleStateChange.BackToDraft;
            Assert.Equal(ArticleSaveStatus.Saved, (await editing.ChangeStateAsync(created.Id, published.Version, change, null, Luis, default)).Status);
        }

        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var reader = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/articles/mayor-accused-of-cartel-ties", UriKind.Relative))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/articles/judge-accused-of-cartel-ties", UriKind.Relative))).StatusCode);
        Assert.Equal(2, await db.AuditLog.CountAsync(e => (e.SubjectId == first.Id || e.SubjectId == second.Id) && e.Action == AuditAction.Unpublished && e.Editor.Name == "Luis Ortega"));
    }
}
