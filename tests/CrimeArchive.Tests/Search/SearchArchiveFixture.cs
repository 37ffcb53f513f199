using CrimeArchive.Search.Querying;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Search;

/// <summary>An archive of the seeds, our own annotated texts and the search texts, with one app
/// instance whose index is built and caught up. Tests of this fixture only read.</summary>
public sealed class SearchArchiveFixture : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();

    public ArchiveWebFactory App { get; private set; } = null!;
    public ArchiveSearch Search => App.Services.GetRequiredService<ArchiveSearch>();
    public string ConnectionString => database.ConnectionString;

    public static string[] Folders =>
    [
        RepoPaths.Seeds,
        Path.Combine(RepoPaths.Root, "tests", "CrimeArchive.Import.Tests", "Fixtures", "own", "texts"),
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "search"),
    ];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await database.CreateImporter().ImportAsync(Folders);
        App = new ArchiveWebFactory(database.ConnectionString);
        await App.SearchReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database.DisposeAsync();
    }

    public CrimeArchive.Data.ArchiveDbContext CreateContext() => database.CreateContext();
}
