using CrimeArchive.Search.Indexing;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace CrimeArchive.Web.Hosting;

/// <summary>Reader pages are kept whole in memory and served from there until the archive changes.
/// Two signals drop them: an editor's successful write on this instance, at once (see
/// <see cref="DropAfterEdit"/>); and any change another process or instance logged, when this
/// instance's search feeder applies it. The expiry bounds what neither signal covers.</summary>
public static class ReaderPageCache
{
    public const string Policy = "Reader";
    public const string Tag = "reader-pages";

    public static IServiceCollection AddReaderPageCache(this IServiceCollection services)
    {
        // The default policy already refuses signed-in requests and responses that set cookies, so an
        // editor's page (with its edit links) is never stored or served to readers.
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(Tag)));
        services.AddSingleton<IArchiveChangeObserver, DropOnArchiveChange>();
        return services;
    }

    /// <summary>Every page readers see, feeds and sitemaps included, is cached; the newsroom's, sign-in,
    /// search (which answers from its own index at once) and the error page are not.</summary>
    public static void ApplyTo(PageApplicationModel page)
    {
        string[] uncached = ["/Edit/", "/Account/", "/Search/", "/Error"];
        if (!uncached.Any(prefix => page.ViewEnginePath.StartsWith(prefix, StringComparison.Ordinal)))
            page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy });
    }

    public static Task DropAllAsync(IOutputCacheStore store, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    private sealed class DropOnArchiveChange(IOutputCacheStore store) : IArchiveChangeObserver
    {
        public Task ArchiveChangedAsync(int changes, CancellationToken cancellationToken) => DropAllAsync(store, cancellationToken);
    }

    /// <summary>On every newsroom page: once a POST handler has run without error, whatever it saved is
    /// committed, and the reader pages built before it are dropped before the editor's next request.</summary>
    public sealed class DropAfterEdit(IOutputCacheStore store) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var executed = await next();
            if (HttpMethods.IsPost(context.HttpContext.Request.Method) && executed.Exception is null)
                await DropAllAsync(store, context.HttpContext.RequestAborted);
        }
    }
}
