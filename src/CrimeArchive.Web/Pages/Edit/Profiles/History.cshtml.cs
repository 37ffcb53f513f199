using CrimeArchive.Data;
using CrimeArchive.Web.Editing.History;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Profiles;

/// <summary>A profile's revisions and the difference between any two.</summary>
public class HistoryModel(ArchiveDbContext db, ProfileEditing editing) : PageModel
{
    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public uint Version { get; private set; }
    public IReadOnlyList<RevisionLine> Revisions { get; private set; } = [];
    public int? From { get; private set; }
    public int? To { get; private set; }
    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Name, e.Version }).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
            return NotFound();
        (Id, Name, Version) = (id, entity.Name, entity.Version);
        Revisions = await RevisionLog.ListAsync(db, RevisionSubject.Entity, id, cancellationToken);
        var comparison = await RevisionLog.CompareAsync(db, RevisionSubject.Entity, id, Revisions, from, to, json => ProfileSnapshot.FromJson(json).ToText(), cancellationToken);
        (From, To, Diff) = (comparison.From, comparison.To, comparison.Lines);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id, int number, uint version, CancellationToken cancellationToken)
    {
        var result = await editing.RestoreAsync(id, version, number, User.AsEditor(), cancellationToken);
        TempData["Notice"] = result.Status switch
        {
            ProfileSaveStatus.Saved => $"Revision {number} restored as a new revision.",
            ProfileSaveStatus.Conflict => "Someone changed the profile while you were reading its history: look again before restoring.",
            ProfileSaveStatus.NotFound => "There is no such profile.",
            _ => result.Error,
        };
        return RedirectToPage(new { id });
    }
}
