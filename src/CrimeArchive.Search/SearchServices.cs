using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Search;

public static class SearchServices
{
    /// <summary>The index (one per process), its feeder and the search over it. The caller sets
    /// <see cref="SearchOptions.IndexPath"/> when configuration does not.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Search").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArchiveSearch>();
        services.AddHostedService<SearchIndexFeeder>();
        return services;
    }
}
