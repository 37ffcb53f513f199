using CrimeArchive.Data;
using CrimeArchive.Web.Editing.History;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Profiles;

/// <summary>A profile's revisions and the difference between any two.</summary>
public class HistoryModel(ArchiveDbContext db) : PageModel
{
    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<RevisionLine> Revisions { get; private set; } = [];
    public int? From { get; private set; }
    public int? To { get; private set; }
    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to, CancellationToken cancellationToken)
    {
        var name = await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();
        (Id, Name) = (id, name);
        Revisions = await RevisionLog.ListAsync(db, RevisionSubject.Entity, id, cancellationToken);
        if (Revisions.Count >= 2)
        {
            To = to ?? Revisions[0].Number;
            From = from ?? Revisions.Select(r => r.Number).Where(n => n < To).DefaultIfEmpty(Revisions[^1].Number).Max();
            var before = await RevisionLog.FindAsync(db, RevisionSubject.Entity, id, From.Value, cancellationToken);
            var after = await RevisionLog.FindAsync(db, RevisionSubject.Entity, id, To.Value, cancellationToken);
            if (before is not null && after is not null)
                Diff = TextDiff.Lines(ProfileSnapshot.FromJson(before.Snapshot).ToText(), ProfileSnapshot.FromJson(after.Snapshot).ToText());
        }
        return Page();
    }
}
