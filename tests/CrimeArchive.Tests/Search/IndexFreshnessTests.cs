using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using CrimeArchive.Import.Importing;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Search;

/// <summary>Every instance's index follows the database by itself: imports and edits show up
/// without a restart, a deleted index comes back, a stopped instance catches up.</summary>
public class IndexFreshnessTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static string SearchText(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "search", name);

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await database.CreateImporter().ImportAsync([RepoPaths.Seeds]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Searches until the instance's feeder has applied what the test just wrote.</summary>
    private static async Task<SearchResults> EventuallyAsync(ArchiveWebFactory app, string query, Func<SearchResults, bool> done)
    {
        var search = app.Services.GetRequiredService<ArchiveSearch>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var results = search.Search(new SearchRequest(query));
            if (done(results) || DateTime.UtcNow > deadline)
                return results;
            await Task.Delay(50);
        }
    }

    private static bool Finds(SearchResults results, string titleStart) =>
        results.Hits.Any(h => h.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public async Task An_import_is_found_without_a_restart()
    {
        await using var app = new ArchiveWebFactory(database.ConnectionString);
        await app.SearchReadyAsync();
        Assert.False(Finds(app.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest("precursor")), "Mexico Navy"));

        await database.CreateImporter().ImportAsync([SearchText("gulf_containers_brief.txt")]);

        Assert.True(Finds(await EventuallyAsync(app, "precursor", r => Finds(r, "Mexico Navy")), "Mexico Navy"));
    }

    [Fact]
    public async Task An_import_writes_its_search_changes_with_its_records()
    {
        await database.CreateImporter().ImportAsync([SearchText("gulf_containers_brief.txt")]);
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Title.StartsWith("Mexico Navy"));
        var group = await db.Entities.SingleAsync(e => e.Name == "Gulf Cartel");
        Assert.True(await db.SearchChanges.AnyAsync(c => c.Kind == SearchChangeKind.Article && c.TargetId == article.Id));
        Assert.True(await db.SearchChanges.AnyAsync(c => c.Kind == SearchChangeKind.Entity && c.TargetId == group.Id));
    }

    [Fact]
    public async Task An_edit_recorded_in_its_transaction_is_found_at_once_and_a_draft_disappears()
    {
        await using var app = new ArchiveWebFactory(database.ConnectionString);
        await app.SearchReadyAsync();
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            article.Title = "Zanzibar retitled by an editor";
            await db.SaveChangesAsync();
            await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Article, article.Id)]);
            await transaction.CommitAsync();
        }
        Assert.True(Finds(await EventuallyAsync(app, "Zanzibar", r => r.Total > 0), "Zanzibar retitled"));

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var article = await db.Articles.SingleAsync(a => a.Title.StartsWith("Zanzibar"));
            article.Status = ArticleStatus.Draft;
            await db.SaveChangesAsync();
            await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Article, article.Id)]);
            await transaction.CommitAsync();
        }
        Assert.Equal(0, (await EventuallyAsync(app, "Zanzibar", r => r.Total == 0)).Total);
    }

    [Fact]
    public async Task A_change_made_through_one_instance_is_found_through_the_other()
    {
        await using var first = new ArchiveWebFactory(database.ConnectionString);
        await using var second = new ArchiveWebFactory(database.ConnectionString);
        await first.SearchReadyAsync();
        await second.SearchReadyAsync();
        Assert.NotEqual(first.IndexPath, second.IndexPath);

        await first.Services.GetRequiredService<ArchiveImporter>().ImportAsync([SearchText("honduras_extorsion_breve.txt")]);

        Assert.True(Finds(await EventuallyAsync(second, "Chamelecón", r => r.Total > 0), "Capturados en Honduras"));
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-index-{Guid.NewGuid():N}");
        await using (var app = new ArchiveWebFactory(database.ConnectionString, folder))
            await app.SearchReadyAsync();
        Directory.Delete(folder, recursive: true);

        await using (var app = new ArchiveWebFactory(database.ConnectionString, folder))
        {
            await app.SearchReadyAsync();
            Assert.True(app.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest("Rastrojos")).Total > 0);
        }
        Assert.NotEmpty(Directory.GetDirectories(folder, "g*"));
        await ArchiveWebFactory.DeleteFolderAsync(folder);
    }

    [Fact]
    public async Task A_stopped_instance_catches_up_from_the_log_without_rebuilding()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-index-{Guid.NewGuid():N}");
        string generation;
        await using (var app = new ArchiveWebFactory(database.ConnectionString, folder))
        {
            await app.SearchReadyAsync();
            generation = Directory.GetDirectories(folder, "g*").Single();
        }
        await database.CreateImporter().ImportAsync([SearchText("gulf_containers_brief.txt")]);

        await using (var app = new ArchiveWebFactory(database.ConnectionString, folder))
        {
            await app.SearchReadyAsync();
            Assert.True(Finds(app.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest("precursor")), "Mexico Navy"));
            Assert.Equal(generation, Directory.GetDirectories(folder, "g*").Single());
        }
        await ArchiveWebFactory.DeleteFolderAsync(folder);
    }

    [Fact]
    public async Task A_requested_rebuild_gives_every_instance_a_new_generation()
    {
        await using var app = new ArchiveWebFactory(database.ConnectionString);
        var index = await app.SearchReadyAsync();
        var before = Directory.GetDirectories(app.IndexPath, "g*").Single();

        await using (var db = database.CreateContext())
            await SearchChangeLog.RequestRebuildAsync(db);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Directory.GetDirectories(app.IndexPath, "g*").Contains(before) && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        Assert.DoesNotContain(before, Directory.GetDirectories(app.IndexPath, "g*"));
        Assert.True(app.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest("Rastrojos")).Total > 0);
        Assert.True(index.IsReady);
    }

    [Fact]
    public async Task A_rebuild_started_while_an_edit_is_uncommitted_does_not_lose_the_edit()
    {
        await using var app = new ArchiveWebFactory(database.ConnectionString);
        var index = await app.SearchReadyAsync();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
        article.Title = "Quetzaltenango retitled while a rebuild starts";
        await db.SaveChangesAsync();
        await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Article, article.Id)]);

        var rebuild = index.RebuildAsync(CancellationToken.None);
        await Task.Delay(300);
        await transaction.CommitAsync();
        await rebuild;

        Assert.True(Finds(await EventuallyAsync(app, "Quetzaltenango", r => r.Total > 0), "Quetzaltenango retitled"));
    }

    [Fact]
    public async Task A_change_of_a_kind_this_version_does_not_know_is_skipped_and_the_next_applied()
    {
        await using var app = new ArchiveWebFactory(database.ConnectionString);
        var index = await app.SearchReadyAsync();
        await using (var db = database.CreateContext())
            await db.Database.ExecuteSqlRawAsync("INSERT INTO search_changes (kind, target_id, changed_at) VALUES ('SomethingNewer', 1, now())");
        await database.CreateImporter().ImportAsync([SearchText("gulf_containers_brief.txt")]);

        Assert.True(Finds(await EventuallyAsync(app, "precursor", r => r.Total > 0), "Mexico Navy"));
        await index.StartAsync(CancellationToken.None);
        Assert.True(index.IsReady);
    }
}
