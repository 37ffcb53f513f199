using CrimeArchive.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Articles;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 25;

    public record Row(string Slug, string Title, ArticleKind Kind, DateOnly? PublishedOn, string? Country);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Clamp(p, 1, 100_000);
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.Slug, a.Title, a.Kind, a.PublishedOn, a.Country))
            .ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }
}
