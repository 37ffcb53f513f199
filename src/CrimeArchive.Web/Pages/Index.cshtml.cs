using CrimeArchive.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public record ArticleCard(string Slug, string Title, ArticleKind Kind, DateOnly? PublishedOn, int? YearHint, string? Country, string Lead);
    public record Counts(int Articles, int Groups, int People, int Places);

    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];
    public Counts Totals { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(10)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Kind, a.PublishedOn, a.YearHint, a.Country, a.Lead))
            .ToListAsync(cancellationToken);
        var byKind = await db.Entities.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Of(EntityKind k) => byKind.FirstOrDefault(g => g.Key == k)?.Count ?? 0;
        Totals = new Counts(await db.Articles.CountAsync(cancellationToken), Of(EntityKind.Group), Of(EntityKind.Person), Of(EntityKind.Place));
    }
}
