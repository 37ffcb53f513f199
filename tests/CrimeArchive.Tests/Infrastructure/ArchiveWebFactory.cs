using CrimeArchive.Search.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>The real web app on a test database: no private cluster, no seed import, no migrations
/// at start (the template database is already migrated), and a search index folder of its own
/// (a temporary one unless the test names it), as each instance behind a load balancer has.</summary>
public sealed class ArchiveWebFactory(string connectionString, string? indexPath = null) : WebApplicationFactory<Program>
{
    private readonly bool ownsIndex = indexPath is null;

    public string IndexPath { get; } = indexPath ?? Path.Combine(Path.GetTempPath(), $"crimearchive-index-{Guid.NewGuid():N}");

    /// <summary>Waits until the instance's search index is built or opened and caught up.</summary>
    public async Task<SearchIndex> SearchReadyAsync()
    {
        var index = Services.GetRequiredService<SearchIndex>();
        await index.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        return index;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Archive", connectionString);
        builder.UseSetting("Import:ImportSeedsWhenEmpty", "false");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Search:IndexPath", IndexPath);
        // Hundreds of apps' request lines would bury a failing test's message in the run's output.
        builder.UseSetting("Serilog:ConsoleLevel", "Warning");
        builder.ConfigureServices(QueryCounter.AddTo);
    }

    /// <summary>The database commands each request of this instance ran.</summary>
    public QueryCounter Queries => Services.GetRequiredService<QueryCounter>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsIndex)
            await DeleteFolderAsync(IndexPath);
    }

    /// <summary>The host may still be closing the index as the factory returns; a temporary folder
    /// that cannot be removed at once is tried again, then left to the system's temp cleanup.</summary>
    public static async Task DeleteFolderAsync(string path)
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(200);
            }
        }
    }
}
