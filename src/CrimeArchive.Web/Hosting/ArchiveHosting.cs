using CrimeArchive.Data;
using CrimeArchive.Search;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Web.Editing;
using CrimeArchive.Web.Reading;
using Microsoft.Extensions.Options;
using Serilog;

namespace CrimeArchive.Web.Hosting;

public static class ArchiveHosting
{
    /// <summary>All of the app's registrations, by layer. Nothing here touches the database: that
    /// waits for <see cref="PrepareArchiveAsync"/>, once the app is built.</summary>
    public static void AddCrimeArchive(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            // A line per request: written by a background thread, so a busy site never waits on the console.
            // Serilog:ConsoleLevel lets a host that logs elsewhere (the tests' file sink) keep the console quiet.
            .WriteTo.Async(sink => sink.Console(
                restrictedToMinimumLevel: context.Configuration.GetValue("Serilog:ConsoleLevel", Serilog.Events.LogEventLevel.Verbose),
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)));
        builder.Services
            .AddArchiveData()
            .AddArchiveReading()
            .AddArchiveSearch()
            .AddArchiveWeb()
            .AddArchiveAuth()
            .AddArchiveEditing()
            .AddSeedImport();
        var root = RepositoryPaths.Root(builder.Environment.ContentRootPath);
        builder.Services.PostConfigure<SearchOptions>(search => search.IndexPath ??= Path.Combine(root, ".data", "search"));
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
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so the cache sees who is signed in and leaves their pages alone.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz");
        app.MapRazorPages();
    }

    /// <summary>Opens the database (without a configured connection string that starts the private
    /// PostgreSQL cluster), applies migrations when configured or on the private cluster, and imports
    /// seeds/ into an empty archive.</summary>
    public static async Task PrepareArchiveAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<ArchiveDatabase>();
        await database.OpenAsync(app.Lifetime.ApplicationStopping);
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var migrate = options.MigrateOnStartup ?? (database.Connection.IsLocalCluster || app.Environment.IsDevelopment());
        if (migrate)
            await ArchiveDb.MigrateAsync(database.ConnectionString, app.Lifetime.ApplicationStopping);
        await app.ImportSeedsIfEmptyAsync();
    }
}
