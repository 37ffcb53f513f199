using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>A fresh, migrated database for one test class; dropped afterwards.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public ArchiveDbContext CreateContext() => ArchiveDb.CreateContext(ConnectionString);

    public ArchiveImporter CreateImporter() => ImporterFor(ConnectionString);

    public static ArchiveImporter ImporterFor(string connectionString) =>
        new(new ContextFactory(connectionString), TimeProvider.System, NullLogger<ArchiveImporter>.Instance);

    public virtual async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync();

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);

    /// <summary>Empties every table, for tests in one class that each need an empty archive.</summary>
    public async Task ResetAsync()
    {
        await using var db = CreateContext();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE articles, source_documents, entities, aliases, profile_sections, facts, relationships, mentions, decisions, search_changes, revisions, audit_log, slug_redirects, removed_aliases, withdrawals, proposals RESTART IDENTITY CASCADE");
    }

    private sealed class ContextFactory(string connectionString) : IDbContextFactory<ArchiveDbContext>
    {
        public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(connectionString);
    }
}
