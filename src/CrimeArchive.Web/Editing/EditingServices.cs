using CrimeArchive.Web.Editing.Articles;

namespace CrimeArchive.Web.Editing;

public static class EditingServices
{
    /// <summary>The newsroom's writes, and the publishing of scheduled articles.</summary>
    public static IServiceCollection AddArchiveEditing(this IServiceCollection services)
    {
        services.AddScoped<ArticleEditing>();
        services.AddScoped<LanguageVersions>();
        services.AddScoped<BriefProposals>();
        services.AddScoped<Profiles.ProfileEditing>();
        services.AddScoped<Profiles.StatementEditing>();
        services.AddScoped<Profiles.EntityMerging>();
        services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.Section);
        services.AddHostedService<ScheduledPublishing>();
        return services;
    }
}
