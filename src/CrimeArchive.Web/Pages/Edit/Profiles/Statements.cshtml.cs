using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Profiles;

public sealed record StatedValue(string Key, string Value, int Citations, bool Withdrawn);

public sealed record StatedRelationship(RelationshipType Type, bool FromSubject, long OtherId, string OtherName, long SubjectId, long ObjectId, int Citations, bool Withdrawn);

public sealed class StatementForm
{
    [StringLength(200)] public string? Key { get; set; }
    [StringLength(500)] public string? Value { get; set; }
    public RelationshipType Type { get; set; } = RelationshipType.MemberOf;
    /// <summary>True when this profile's entity is the relationship's subject ("X leads Y", X here).</summary>
    public bool ThisIsSubject { get; set; } = true;
    [StringLength(300), Display(Name = "The other entity's name")] public string? Other { get; set; }
    [StringLength(200), Display(Name = "Article (its slug)")] public string? ArticleSlug { get; set; }
    [StringLength(2000), Display(Name = "The article's sentence that states it")] public string? Sentence { get; set; }
    [StringLength(1000), Display(Name = "Or: a source outside the archive")] public string? SourceNote { get; set; }
    [StringLength(1000)] public string? Reason { get; set; }
    /// <summary>For a fact: the new value is the one the profile gives (a factbox value corrected).</summary>
    public bool Holds { get; set; }
}

/// <summary>A profile's statements as editors curate them: add a fact or a relationship with a
/// citation, withdraw a claim with a reason, settle a disagreement between sources.</summary>
public class StatementsModel(ArchiveDbContext db, StatementEditing editing) : PageModel
{
    [BindProperty]
    public StatementForm Input { get; set; } = new();

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<StatedValue> Facts { get; private set; } = [];
    public IReadOnlyList<StatedRelationship> Relationships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddFactAsync(long id, CancellationToken cancellationToken) =>
        AnswerAsync(id, async () =>
            await editing.AddFactAsync(id, Input.Key ?? "", Input.Value ?? "", Citation(), Input.Reason ?? "", User.AsEditor(), cancellationToken)
            ?? (Input.Holds ? await editing.SettleAsync(id, Input.Key!.Trim(), Input.Value!.Trim(), Input.Reason ?? "", User.AsEditor(), cancellationToken) : null),
            Input.Holds ? "Fact added; it is the value the profile gives." : "Fact added.", cancellationToken);

    public Task<IActionResult> OnPostAddRelationshipAsync(long id, CancellationToken cancellationToken) =>
        AnswerAsync(id, async () =>
        {
            var (other, error) = await EntityNames.FindAsync(db, Input.Other ?? "", null, id, cancellationToken);
            if (other is null)
                return error;
            var (subject, @object) = Input.ThisIsSubject ? (id, other.Value) : (other.Value, id);
            return await editing.AddRelationshipAsync(subject, Input.Type, @object, Citation(), Input.Reason ?? "", User.AsEditor(), cancellationToken);
        }, "Relationship added.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawFactAsync(long id, [FromForm, StringLength(200)] string key, [FromForm, StringLength(500)] string value,
        [FromForm, StringLength(1000)] string? reason,
        CancellationToken cancellationToken) =>
        AnswerAsync(id, () => editing.WithdrawFactAsync(id, key, value, reason ?? "", User.AsEditor(), cancellationToken), "Withdrawn.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawRelationshipAsync(long id, [FromForm] long subjectId, [FromForm] RelationshipType type, [FromForm] long objectId,
        [FromForm, StringLength(1000)] string? reason, CancellationToken cancellationToken) =>
        AnswerAsync(id, () => id != subjectId && id != objectId
            ? Task.FromResult<string?>("That relationship is not this profile's.")
            : editing.WithdrawRelationshipAsync(subjectId, type, objectId, reason ?? "", User.AsEditor(), cancellationToken), "Withdrawn.", cancellationToken);

    public Task<IActionResult> OnPostSettleAsync(long id, [FromForm, StringLength(200)] string key, [FromForm, StringLength(500)] string value,
        [FromForm, StringLength(1000)] string? reason,
        CancellationToken cancellationToken) =>
        AnswerAsync(id, () => editing.SettleAsync(id, key, value, reason ?? "", User.AsEditor(), cancellationToken), "Settled.", cancellationToken);

    private StatementCitation Citation() => new(Input.ArticleSlug, Input.Sentence, Input.SourceNote);

    private async Task<IActionResult> AnswerAsync(long id, Func<Task<string?>> write, string notice, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            string? refused;
            try
            {
                refused = await write();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or DbUpdateException or TimeoutException)
            {
                refused = "The archive could not save just now (its database did not answer). What you typed is still here: try again in a moment.";
            }
            if (refused is null)
            {
                TempData["Notice"] = notice;
                return RedirectToPage(new { id });
            }
            ModelState.AddModelError("", refused);
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var name = await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return false;
        (Id, Name) = (id, name);
        // A profile has tens of statements: grouped here rather than in SQL.
        var facts = await db.Facts.AsNoTracking().Where(f => f.EntityId == id).Select(f => new { f.Id, f.Key, f.Value }).ToListAsync(cancellationToken);
        var standingFacts = (await db.Facts.Where(f => f.EntityId == id).Standing(db.Withdrawals).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        Facts = [.. facts.GroupBy(f => (f.Key, f.Value))
            .Select(g => new StatedValue(g.Key.Key, g.Key.Value, g.Count(), !g.Any(f => standingFacts.Contains(f.Id))))
            .OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Value, StringComparer.Ordinal)];
        var relationships = await db.Relationships.AsNoTracking().Where(r => r.SubjectId == id || r.ObjectId == id)
            .Select(r => new { r.Id, r.Type, r.SubjectId, r.ObjectId, SubjectName = r.Subject!.Name, ObjectName = r.Object!.Name })
            .ToListAsync(cancellationToken);
        var standing = (await db.Relationships.Where(r => r.SubjectId == id || r.ObjectId == id).Standing(db.Withdrawals).Select(r => r.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        Relationships = [.. relationships.GroupBy(r => (r.Type, r.SubjectId, r.ObjectId, r.SubjectName, r.ObjectName))
            .Select(g => new StatedRelationship(g.Key.Type, g.Key.SubjectId == id, g.Key.SubjectId == id ? g.Key.ObjectId : g.Key.SubjectId,
                g.Key.SubjectId == id ? g.Key.ObjectName : g.Key.SubjectName, g.Key.SubjectId, g.Key.ObjectId, g.Count(), !g.Any(r => standing.Contains(r.Id))))
            .OrderBy(r => r.Type).ThenBy(r => r.OtherName, StringComparer.Ordinal)];
        return true;
    }
}
