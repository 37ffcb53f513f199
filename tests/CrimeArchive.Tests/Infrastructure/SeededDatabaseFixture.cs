namespace CrimeArchive.Tests.Infrastructure;

/// <summary>A fresh database for one test class with seeds/ imported once. Tests read the seeds
/// and add only rows of their own, under names no other test uses.</summary>
public sealed class SeededDatabaseFixture : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateImporter().ImportAsync([RepoPaths.Seeds]);
    }
}
