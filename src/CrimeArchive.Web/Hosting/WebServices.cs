using CrimeArchive.Web.Pages.Edit;
using CrimeArchive.Web.Routing;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace CrimeArchive.Web.Hosting;

public static class WebServices
{
    /// <summary>Razor Pages and what their routes and links need.</summary>
    public static IServiceCollection AddArchiveWeb(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
        {
            // Every page and handler under /edit is the newsroom's, and its admin pages the admins'.
            pages.Conventions.AuthorizeFolder("/Edit", AuthServices.EditorPolicy);
            pages.Conventions.AuthorizeFolder("/Edit/Editors", AuthServices.AdminPolicy);
            pages.Conventions.AddFolderApplicationModelConvention("/Edit", page => page.Filters.Add(new PasswordChangeFirst()));
            pages.Conventions.AddFolderApplicationModelConvention("/Edit", page => page.Filters.Add(new ServiceFilterAttribute(typeof(ReaderPageCache.DropAfterEdit))));
            pages.Conventions.AddFolderApplicationModelConvention("/", ReaderPageCache.ApplyTo);
        });
        services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<EntityKindRouteConstraint>(EntityKindRouteConstraint.Name));
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ReaderPageCache.DropAfterEdit>();
        services.AddReaderPageCache();
        return services;
    }
}
