using CrimeArchive.Data;
using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Import.Importing;
using CrimeArchive.Web.Reading;
using CrimeArchive.Web.Routing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace CrimeArchive.Web.Hosting;

public static class ArchiveHosting
{
    /// <summary>All of the app's registrations. Opens the database first: without a configured
    /// connection string that starts the private PostgreSQL cluster.</summary>
    public static async Task AddCrimeArchiveAsync(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        var services = builder.Services;
        services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        services.Configure<ImportOptions>(builder.Configuration.GetSection("Import"));

        var root = RepositoryPaths.Root(builder.Environment.ContentRootPath);
        var localData = builder.Configuration["Database:LocalDataDirectory"] ?? Path.Combine(root, ".data", "postgres");
        using var bootLogger = new Serilog.Extensions.Logging.SerilogLoggerFactory(
            new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger(), dispose: true);
        var connection = await ArchiveConnection.OpenAsync(
            builder.Configuration.GetConnectionString("Archive"), localData, bootLogger.CreateLogger("CrimeArchive.Database"));
        // Registered through a factory so that the container disposes it, stopping a private cluster at exit.
        services.AddSingleton(_ => connection);

        // The factory serves the importer (a context per file); pages get a scoped context from it.
        services.AddDbContextFactory<ArchiveDbContext>(options => options.UseArchiveDatabase(connection.ConnectionString));
        services.AddDataProtection()
            .SetApplicationName("CrimeArchive")
            .PersistKeysToDbContext<ArchiveDbContext>();
        services.AddHealthChecks().AddDbContextCheck<ArchiveDbContext>("database");
        services.AddRazorPages();
        services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<EntityKindRouteConstraint>(EntityKindRouteConstraint.Name));
        services.AddArchiveReading();
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSingleton(TimeProvider.System);
        services.AddCrimeArchiveImport();
    }

    public static void UseCrimeArchive(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz");
        app.MapRazorPages();
    }

    /// <summary>Migrations (when configured or on the private cluster) and the first import of seeds/.</summary>
    public static async Task PrepareArchiveAsync(this WebApplication app)
    {
        var connection = app.Services.GetRequiredService<ArchiveConnection>();
        var options = app.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var migrate = options.MigrateOnStartup ?? (connection.IsLocalCluster || app.Environment.IsDevelopment());
        if (migrate)
            await ArchiveDb.MigrateAsync(connection.ConnectionString, app.Lifetime.ApplicationStopping);
        await app.ImportSeedsIfEmptyAsync();
    }
}
