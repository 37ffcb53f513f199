using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>Counts the database commands each request runs, by path and query string, so a test can
/// hold a page to its query budget. Commands outside a request (the search index catching up) are
/// not counted.</summary>
public sealed class QueryCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<QueryCounter>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<QueryCounter>());
    }

    public int For(string pathAndQuery) => counts.GetValueOrDefault(pathAndQuery);

    public void Reset() => counts.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (requests.HttpContext?.Request is { } request)
            counts.AddOrUpdate(request.Path + request.QueryString, 1, (_, n) => n + 1);
    }
}
