using System.Diagnostics;
using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrimeArchive.Tests.Hosting;

public class DeploymentTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Docker_compose_file_is_valid()
    {
        var start = new ProcessStartInfo("docker-compose", "config -q")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"docker-compose config failed: {errors}");
    }

    [Fact]
    public async Task A_configured_connection_string_wins_over_the_private_cluster()
    {
        var missingFolder = Path.Combine(Path.GetTempPath(), $"never-created-{Guid.NewGuid():N}");
        await using var connection = await ArchiveConnection.OpenAsync(database.ConnectionString, missingFolder, NullLogger.Instance);
        Assert.False(connection.IsLocalCluster);
        Assert.Equal(database.ConnectionString, connection.ConnectionString);
        Assert.False(Directory.Exists(missingFolder));
    }

    [Fact]
    public async Task Data_protection_keys_are_shared_through_the_database()
    {
        string protectedText;
        await using (var first = new ArchiveWebFactory(database.ConnectionString))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("editor session");
        }
        await using (var db = database.CreateContext())
            Assert.True(await db.DataProtectionKeys.AnyAsync());

        // A second instance of the app (another process behind a load balancer) reads the same keys.
        await using var second = new ArchiveWebFactory(database.ConnectionString);
        var unprotected = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
        Assert.Equal("editor session", unprotected);
    }
}
