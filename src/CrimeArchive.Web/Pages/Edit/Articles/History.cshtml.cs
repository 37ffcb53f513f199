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
        var comparison = await RevisionLog.CompareAsync(db, RevisionSubject.Article, id, Revisions, from, to, json => ArticleSnapshot.FromJson(json).ToText(), cancellationToken);
        (From, To, Diff) = (comparison.From, comparison.To, comparison.Lines);
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
