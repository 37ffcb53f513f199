using CrimeArchive.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Import.Importing;

public static class ImportServices
{
    public static IServiceCollection AddCrimeArchiveImport(this IServiceCollection services)
    {
        services.AddTransient<ArchiveImporter>();
        return services;
    }
}
