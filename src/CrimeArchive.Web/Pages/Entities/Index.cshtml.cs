using CrimeArchive.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Entities;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public record Row(string Slug, string Name, int Mentions, int Aliases);

    public EntityKind Kind { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        Kind = EntityRoutes.KindOf(kind);
        Rows = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == Kind)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name)
            .Take(500)
            .Select(e => new Row(e.Slug, e.Name, e.Mentions.Count, e.Aliases.Count))
            .ToListAsync(cancellationToken);
    }
}
