using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data;
using CrimeArchive.Web.Editing.History;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Profiles;

public sealed class SectionForm
{
    public long? Id { get; set; }
    [StringLength(200)]
    public string Heading { get; set; } = "";
    [StringLength(100_000)]
    public string Body { get; set; } = "";
}

public sealed class ProfileForm
{
    [Required(ErrorMessage = "A profile needs a name."), StringLength(300), Display(Name = "Main name")]
    public string Name { get; set; } = "";
    [StringLength(20_000)]
    public string? Lead { get; set; }
    public List<SectionForm> Sections { get; set; } = [];
    public uint Version { get; set; }
}

public sealed record AliasRow(long Id, string Name, bool IsMain, string? AddedBy);

/// <summary>Curating a profile's text: main name, lead, sections and names. Statements (facts,
/// relationships) are curated on their own page.</summary>
public class EditModel(ArchiveDbContext db, ProfileEditing editing, EntityMerging merging) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public long Id { get; private set; }
    public EntityKind Kind { get; private set; }
    public string Slug { get; private set; } = "";
    public IReadOnlyList<AliasRow> Aliases { get; private set; } = [];
    public ProfileSnapshot? Conflict { get; private set; }
    public IReadOnlyList<DiffLine> ConflictLines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillForm: true, cancellationToken))
            return NotFound();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken cancellationToken) =>
        WriteAsync(id, ModelState.IsValid
            ? () => editing.SaveAsync(id, Input.Version,
                new ProfileFields(Input.Name, Input.Lead, [.. Input.Sections.Select(s => new SectionFields(s.Id, s.Heading ?? "", s.Body ?? ""))]),
                User.AsEditor(), cancellationToken)
            : null, "Saved.", cancellationToken);

    public Task<IActionResult> OnPostAddAliasAsync(long id, [FromForm, StringLength(300)] string? alias, CancellationToken cancellationToken)
    {
        IgnoreTextForm();
        return WriteAsync(id, () => editing.AddAliasAsync(id, Input.Version, alias ?? "", User.AsEditor(), cancellationToken), $"Name '{alias}' added.", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAliasAsync(long id, [FromForm] long aliasId, [FromForm, StringLength(1000)] string? reason, CancellationToken cancellationToken)
    {
        IgnoreTextForm();
        return WriteAsync(id, () => editing.RemoveAliasAsync(id, Input.Version, aliasId, reason, User.AsEditor(), cancellationToken), "Name removed.", cancellationToken);
    }

    /// <summary>Another profile of the same kind is the same entity: it is merged into this one.</summary>
    public async Task<IActionResult> OnPostMergeAsync(long id, [FromForm, StringLength(300)] string? other, [FromForm, StringLength(1000)] string? reason,
        CancellationToken cancellationToken)
    {
        var kind = await db.Entities.Where(e => e.Id == id).Select(e => (EntityKind?)e.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
            return NotFound();
        if (!ModelState.IsValid)
            return await AnswerAsync(id, "The name or the reason is too long.", "", cancellationToken);
        var (otherId, error) = await EntityNames.FindAsync(db, other ?? "", kind, id, cancellationToken);
        error ??= await merging.MergeAsync(id, otherId!.Value, reason ?? "", User.AsEditor(), cancellationToken);
        return await AnswerAsync(id, error, $"'{other}' merged into this profile.", cancellationToken);
    }

    /// <summary>Names that belong to someone else become a profile of their own.</summary>
    public async Task<IActionResult> OnPostSplitAsync(long id, [FromForm] List<long> aliasIds, [FromForm, StringLength(1000)] string? reason,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await AnswerAsync(id, "The reason is too long.", "", cancellationToken);
        var (newId, error) = await merging.SplitAsync(id, aliasIds, reason ?? "", User.AsEditor(), cancellationToken);
        if (error is null)
        {
            TempData["Notice"] = "Split off into this new profile.";
            return RedirectToPage(new { id = newId });
        }
        return await AnswerAsync(id, error, "", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(long id, string? error, string notice, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        ModelState.AddModelError("", error);
        return await LoadAsync(id, fillForm: true, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The names' forms post the version alone: the text form's fields are not theirs to validate.</summary>
    private void IgnoreTextForm()
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal) && k != "Input.Version").ToList())
            ModelState.Remove(key);
    }

    private async Task<IActionResult> WriteAsync(long id, Func<Task<ProfileSaveResult>>? write, string notice, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            write = null;
        if (write is null)
        {
            await LoadAsync(id, fillForm: false, cancellationToken);
            return Page();
        }
        ProfileSaveResult result;
        try
        {
            result = await write();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or DbUpdateException or TimeoutException)
        {
            ModelState.AddModelError("", "The archive could not save just now (its database did not answer). Your text is still here: try again in a moment.");
            await TryLoadAsync(id, cancellationToken);
            return Page();
        }
        switch (result.Status)
        {
            case ProfileSaveStatus.NotFound:
                return NotFound();
            case ProfileSaveStatus.Saved:
                TempData["Notice"] = notice;
                return RedirectToPage(new { id });
            case ProfileSaveStatus.Conflict:
                Conflict = result.Current;
                var mine = new ProfileSnapshot(Input.Name, result.Current!.Slug, Input.Lead, result.Current.Aliases,
                    [.. Input.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Heading)).Select(s => new SectionSnapshot(s.Heading.Trim(), (s.Body ?? "").Trim()))]);
                ConflictLines = TextDiff.Lines(result.Current.ToText(), mine.ToText());
                break;
            default:
                ModelState.AddModelError("", result.Error ?? "The profile could not be saved.");
                break;
        }
        await LoadAsync(id, fillForm: false, cancellationToken);
        return Page();
    }

    /// <summary>The page around the editor's form, when the database may be what failed.</summary>
    private async Task TryLoadAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(id, fillForm: false, cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            Id = id;
        }
    }

    private async Task<bool> LoadAsync(long id, bool fillForm, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Include(e => e.Sections).AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
            return false;
        (Id, Kind, Slug) = (entity.Id, entity.Kind, entity.Slug);
        Aliases = await db.Aliases.AsNoTracking().Where(a => a.EntityId == id).OrderBy(a => a.Name)
            .Select(a => new AliasRow(a.Id, a.Name, a.NormalizedName == entity.NormalizedName, a.AddedBy == null ? null : a.AddedBy.Name))
            .ToListAsync(cancellationToken);
        if (fillForm)
        {
            Input = new ProfileForm
            {
                Name = entity.Name, Lead = entity.Lead, Version = entity.Version,
                Sections = [.. entity.Sections.OrderBy(s => s.Position).Select(s => new SectionForm { Id = s.Id, Heading = s.Heading, Body = s.BodyMarkdown })],
            };
        }
        if (Input.Sections.All(s => s.Id is not null))
            Input.Sections.Add(new SectionForm());
        return true;
    }
}
