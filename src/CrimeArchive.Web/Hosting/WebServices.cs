using CrimeArchive.Web.Routing;
using Microsoft.AspNetCore.HttpOverrides;

namespace CrimeArchive.Web.Hosting;

public static class WebServices
{
    /// <summary>Razor Pages and what their routes and links need.</summary>
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<EntityKindRouteConstraint>(EntityKindRouteConstraint.Name));
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
