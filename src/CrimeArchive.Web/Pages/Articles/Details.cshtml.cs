using CrimeArchive.Data;
using CrimeArchive.Web.Pages.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Articles;

public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public record View(long Id, string Title, bool TitleDerived, ArticleKind Kind, DateOnly? PublishedOn, int? YearHint,
        string? Author, string? Country, List<string> Tags, string BodyMarkdown, string? AnalysisMarkdown);
    public record EntityLink(EntityKind Kind, string Slug, string Name, int Mentions);
    public record SourceRow(string FileName, DateTimeOffset ImportedAt, bool Superseded);

    public View Article { get; private set; } = null!;
    public IReadOnlyList<EntityLink> Entities { get; private set; } = [];
    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var view = await db.Articles.AsNoTracking().Where(a => a.Slug == slug && a.Status == ArticleStatus.Published)
            .Select(a => new View(a.Id, a.Title, a.TitleDerived, a.Kind, a.PublishedOn, a.YearHint, a.Author, a.Country, a.Tags, a.BodyMarkdown, a.AnalysisMarkdown))
            .FirstOrDefaultAsync(cancellationToken);
        if (view is null)
            return NotFound();
        Article = view;
        Entities = await db.Entities.AsNoTracking()
            .Where(e => e.Mentions.Any(m => m.ArticleId == view.Id))
            .OrderBy(e => e.Kind).ThenByDescending(e => e.Mentions.Count(m => m.ArticleId == view.Id)).ThenBy(e => e.Name)
            .Select(e => new EntityLink(e.Kind, e.Slug, e.Name, e.Mentions.Count(m => m.ArticleId == view.Id)))
            .ToListAsync(cancellationToken);
        Sources = await db.SourceDocuments.AsNoTracking().Where(s => s.ArticleId == view.Id)
            .OrderBy(s => s.Id)
            .Select(s => new SourceRow(s.FileName, s.ImportedAt, s.SupersededById != null))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public static string PathOf(EntityLink e) => EntityRoutes.Path(e.Kind, e.Slug);
}
