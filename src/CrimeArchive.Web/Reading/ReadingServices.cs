using CrimeArchive.Web.Reading.Articles;
using CrimeArchive.Web.Reading.Entities;
using CrimeArchive.Web.Reading.Home;
using CrimeArchive.Web.Reading.Profiles;

namespace CrimeArchive.Web.Reading;

public static class ReadingServices
{
    /// <summary>The read layer: what pages, and later feeds and the API, call to read the archive.
    /// Scoped, like the DbContext each query uses.</summary>
    public static IServiceCollection AddArchiveReading(this IServiceCollection services)
    {
        services.AddScoped<ArticleQuery>();
        services.AddScoped<ArchiveQuery>();
        services.AddScoped<ProfileQuery>();
        services.AddScoped<EntityListQuery>();
        services.AddScoped<HomeQuery>();
        services.AddScoped<Feeds.FeedQuery>();
        services.AddScoped<Feeds.SitemapQuery>();
        return services;
    }
}
