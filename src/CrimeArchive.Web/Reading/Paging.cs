using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading;

/// <summary>Where a page of a list stands, for the pager.</summary>
public interface IPageOfList
{
    int PageNumber { get; }
    bool HasNext { get; }
    bool HasPrevious { get; }
}

/// <summary>One page of a list, in the order its query gave.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, bool HasNext) : IPageOfList
{
    public bool HasPrevious => PageNumber > 1;
}

/// <summary>The one paging helper for every list the site reads.</summary>
public static class Paging
{
    /// <summary>Far past any real archive, and low enough that the row offset stays inside an int
    /// whatever a reader types after ?p=.</summary>
    public const int MaxPageNumber = 100_000;

    public static int Clamp(int pageNumber) => Math.Clamp(pageNumber, 1, MaxPageNumber);

    /// <summary>Takes an ordered query because Skip/Take over an unordered one may return different
    /// rows for the same page. Reads one row past the page to know whether another page follows,
    /// instead of counting the whole list.</summary>
    public static async Task<PagedList<TResult>> ToPagedListAsync<TSource, TResult>(
        this IOrderedQueryable<TSource> ordered, Expression<Func<TSource, TResult>> projection,
        int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var number = Clamp(pageNumber);
        var rows = await ordered
            .Skip((number - 1) * pageSize).Take(pageSize + 1)
            .Select(projection)
            .ToListAsync(cancellationToken);
        return new PagedList<TResult>([.. rows.Take(pageSize)], number, rows.Count > pageSize);
    }
}
