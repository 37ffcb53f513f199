using CrimeArchive.Data;
using CrimeArchive.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Audit;

public sealed record AuditRow(DateTimeOffset At, string Editor, AuditAction Action, RevisionSubject Subject, long SubjectId, string Description);

/// <summary>Who published, unpublished, restored, merged, split or withdrew what, newest first.</summary>
public class IndexModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditRow> Entries { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToPagedListAsync(e => new AuditRow(e.At, e.Editor.Name, e.Action, e.Subject, e.SubjectId, e.Description), PageNumber, 100, cancellationToken);
}
