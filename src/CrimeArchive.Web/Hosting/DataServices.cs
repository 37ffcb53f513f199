using CrimeArchive.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrimeArchive.Web.Hosting;

public static class DataServices
{
    /// <summary>The database: its options, the connection opened after Build, the DbContext, and what
    /// the web app keeps in it (data-protection keys) or checks of it (/healthz).</summary>
    public static IServiceCollection AddArchiveData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArchiveDatabase>();
        // The factory serves the importer (a context per file); pages and queries get a scoped context from it.
        // Interceptors registered in the container (a test's query counter, say) join every context.
        services.AddDbContextFactory<ArchiveDbContext>((provider, options) =>
            options.UseArchiveDatabase(provider.GetRequiredService<ArchiveDatabase>().ConnectionString)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddDataProtection()
            .SetApplicationName("CrimeArchive")
            .PersistKeysToDbContext<ArchiveDbContext>();
        services.AddHealthChecks().AddDbContextCheck<ArchiveDbContext>("database");
        return services;
    }
}
