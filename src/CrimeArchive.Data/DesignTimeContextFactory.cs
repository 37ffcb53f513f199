using Microsoft.EntityFrameworkCore.Design;

namespace CrimeArchive.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        ArchiveDb.CreateContext("Host=localhost;Database=crimearchive_design");
}
