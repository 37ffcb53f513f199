using CrimeArchive.Data;
using CrimeArchive.Web.Editing.Articles;
using CrimeArchive.Web.Editing.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Articles;

/// <summary>An article's revisions: who saved what when, the difference between any two, and a
/// restore of any one (itself a new revision: nothing in the history is lost).</summary>
public class HistoryModel(ArchiveDbContext db, ArticleEditing editing) : PageModel
{
    public long Id { get; private set; }
    public string Title { get; private set; } = "";
    public uint Version { get; private set; }
    public IReadOnlyList<RevisionLine> Revisions { get; private set; } = [];
    public int? From { get; private set; }
    public int? To { get; private set; }
    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Title, a.Version }).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
            return NotFound();
        (Id, Title, Version) = (id, article.Title, article.Version);
        Revisions = await RevisionLog.ListAsync(db, RevisionSubject.Article, id, cancellationToken);
        if (Revisions.Count >= 2)
        {
            // By default: the latest save against the one before it.
            To = to ?? Revisions[0].Number;
            From = from ?? Revisions.Select(r => r.Number).Where(n => n < To).DefaultIfEmpty(Revisions[^1].Number).Max();
            var before = await RevisionLog.FindAsync(db, RevisionSubject.Article, id, From.Value, cancellationToken);
            var after = await RevisionLog.FindAsync(db, RevisionSubject.Article, id, To.Value, cancellationToken);
            if (before is not null && after is not null)
                Diff = TextDiff.Lines(ArticleSnapshot.FromJson(before.Snapshot).ToText(), ArticleSnapshot.FromJson(after.Snapshot).ToText());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id, int number, uint version, CancellationToken cancellationToken)
    {
        var result = await editing.RestoreAsync(id, version, number, User.AsEditor(), cancellationToken);
        TempData["Notice"] = result.Status switch
        {
            ArticleSaveStatus.Saved => $"Revision {number} restored as a new revision.",
            ArticleSaveStatus.Conflict => "Someone saved the article while you were reading its history: look again before restoring.",
            ArticleSaveStatus.NotFound => "There is no such article.",
            _ => string.Join(" ", (result.Errors ?? []).Select(e => e.Message)),
        };
        return result.Status == ArticleSaveStatus.Saved ? RedirectToPage("/Edit/Articles/Edit", new { id }) : RedirectToPage(new { id });
    }
}
