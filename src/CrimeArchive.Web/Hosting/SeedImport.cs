using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Web.Hosting;

public static class SeedImport
{
    public static IServiceCollection AddSeedImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddCrimeArchiveImport();
    }

    /// <summary>On the first start against an empty archive, imports seeds/ so there is something to read.</summary>
    public static async Task ImportSeedsIfEmptyAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ImportOptions>>().Value;
        if (!options.ImportSeedsWhenEmpty)
            return;
        var folder = options.SeedsFolder ?? Path.Combine(RepositoryPaths.Root(app.Environment.ContentRootPath), "seeds");
        if (!Directory.Exists(folder))
            return;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        if (!await db.Database.CanConnectAsync() || (await db.Database.GetPendingMigrationsAsync()).Any())
            return;
        if (await db.SourceDocuments.AnyAsync())
            return;
        var report = await scope.ServiceProvider.GetRequiredService<ArchiveImporter>()
            .ImportAsync([folder], cancellationToken: app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Imported {Count} seed texts from {Folder}", report.Files.Count, folder);
    }
}
