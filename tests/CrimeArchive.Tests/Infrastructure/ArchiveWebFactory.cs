using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>The real web app on a test database: no private cluster, no seed import, no migrations
/// at start (the template database is already migrated).</summary>
public sealed class ArchiveWebFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Archive", connectionString);
        builder.UseSetting("Import:ImportSeedsWhenEmpty", "false");
        builder.UseSetting("Database:MigrateOnStartup", "false");
    }
}
