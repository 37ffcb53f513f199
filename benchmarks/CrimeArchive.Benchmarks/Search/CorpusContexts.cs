using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>Contexts on the corpus database, for the search index the benchmarks build over it.</summary>
internal sealed class CorpusContexts(string connectionString) : IDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(connectionString);
}
