using CrimeArchive.Data;
using CrimeArchive.Web.Editing.Articles;
using CrimeArchive.Web.Editing.History;
using CrimeArchive.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Web.Pages.Edit.Articles;

/// <summary>Writing a brief: one form for a new brief (/edit/articles/new) and for an existing one
/// (/edit/articles/{id}), with a preview, the states it moves through, and a conflict page when
/// someone else saved it in the meantime.</summary>
public class EditModel(ArchiveDbContext db, ArticleEditing editing, BriefProposals proposals, LanguageVersions versions, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    /// <summary>Posted by "save mine over theirs" on the conflict page: the version the editor has now seen.</summary>
    [BindProperty]
    public uint? SaveOver { get; set; }

    public long? Id { get; private set; }
    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public string? PublicSlug { get; private set; }
    /// <summary>The address of the same piece in the other language, when the archive links one.</summary>
    public string? OtherLanguageSlug { get; private set; }
    public HtmlString? Preview { get; private set; }
    /// <summary>Set when the save met someone else's: what the archive holds now.</summary>
    public ArticleSaveResult? Conflict { get; private set; }
    /// <summary>Theirs against the editor's form, line by line.</summary>
    public IReadOnlyList<DiffLine> ConflictLines { get; private set; } = [];
    /// <summary>What the extraction found in the saved brief, for the editor to accept or reject.</summary>
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id == NewArticle)
            return Page();
        if (Parse(id) is not { } number)
            return NotFound();
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == number, cancellationToken);
        if (article is null)
            return NotFound();
        Input = ArticleForm.From(ArticleSnapshot.Of(article), article.Version);
        Show(article.Id, article.Status, article.Slug);
        Proposals = await proposals.ForArticleAsync(article.Id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken) =>
        id == NewArticle ? SaveAsync(null, cancellationToken)
        : Parse(id) is { } number ? SaveAsync(number, cancellationToken)
        : Task.FromResult<IActionResult>(NotFound());

    private Task<IActionResult> SaveAsync(long? id, CancellationToken cancellationToken)
    {
        if (SaveOver is { } seen)
            Input.Version = seen;
        return WriteAsync(id, () => id is null
            ? editing.CreateAsync(Input.ToFields(), User.AsEditor(), cancellationToken)
            : editing.SaveAsync(id.Value, Input.Version, Input.ToFields(), User.AsEditor(), cancellationToken), "Saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Preview = MarkdownRenderer.ToHtml(Input.Body);
        await ShowStateAsync(Parse(id), cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, ArticleStateChange.Publish, "Published: readers see it now.", cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(string id, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, ArticleStateChange.Schedule, "Scheduled.", cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, ArticleStateChange.Unpublish, "Unpublished: readers no longer see it.", cancellationToken);

    public Task<IActionResult> OnPostDraftAsync(string id, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, ArticleStateChange.BackToDraft, "Back to draft.", cancellationToken);

    /// <summary>A state change saves the form's text first, so that nothing typed is lost on the way.</summary>
    private Task<IActionResult> ChangeStateAsync(string id, ArticleStateChange change, string notice, CancellationToken cancellationToken) =>
        Parse(id) is not { } number ? Task.FromResult<IActionResult>(NotFound()) : WriteAsync(number, async () =>
        {
            var saved = await editing.SaveAsync(number, Input.Version, Input.ToFields(), User.AsEditor(), cancellationToken);
            if (saved.Status != ArticleSaveStatus.Saved)
                return saved;
            // The text is saved whatever the state change says: a form shown again carries the new version.
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
            var at = Input.PublishAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)) : (DateTimeOffset?)null;
            return await editing.ChangeStateAsync(number, saved.Version, change, at, User.AsEditor(), cancellationToken);
        }, notice, cancellationToken);

    private async Task<IActionResult> WriteAsync(long? id, Func<Task<ArticleSaveResult>> write, string notice, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ShowStateAsync(id, cancellationToken);
            return Page();
        }
        ArticleSaveResult result;
        try
        {
            result = await write();
        }
        catch (Exception e) when (e is NpgsqlException or DbUpdateException or TimeoutException)
        {
            logger.LogError(e, "Saving article {Id} failed", id);
            ModelState.AddModelError("", "The archive could not save just now (its database did not answer). Your text is still here: try again in a moment.");
            Show(id, Status, null);
            return Page();
        }
        switch (result.Status)
        {
            case ArticleSaveStatus.NotFound:
                return NotFound();
            case ArticleSaveStatus.Invalid:
                foreach (var (field, message) in result.Errors ?? [])
                    ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
                await ShowStateAsync(id, cancellationToken);
                return Page();
            case ArticleSaveStatus.Conflict:
                Conflict = result;
                var theirs = result.Current!;
                var mine = Input.ToFields();
                ConflictLines = TextDiff.Lines(theirs.ToText(), new ArticleSnapshot(mine.Title, mine.Slug ?? theirs.Slug, mine.Kind, mine.Language,
                    mine.Country, mine.Tags, mine.Author, mine.PublishedOn, mine.Lead, mine.Body, theirs.Status, theirs.PublishAt).ToText());
                await ShowStateAsync(id, cancellationToken);
                return Page();
            default:
                await ProposeAsync(result.Id, cancellationToken);
                TempData["Notice"] = notice;
                return RedirectToPage("/Edit/Articles/Edit", new { id = result.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    public Task<IActionResult> OnPostAcceptAsync(string id, [FromForm] long proposal, [FromForm] bool settle, CancellationToken cancellationToken) =>
        DecideAsync(id, number => proposals.AcceptAsync(number, proposal, settle, User.AsEditor(), cancellationToken), "Accepted.");

    public Task<IActionResult> OnPostRejectAsync(string id, [FromForm] long proposal, CancellationToken cancellationToken) =>
        DecideAsync(id, number => proposals.RejectAsync(number, proposal, User.AsEditor(), cancellationToken), "Rejected: it will not be proposed again for this brief.");

    public Task<IActionResult> OnPostLinkVersionAsync(string id, [FromForm] string? otherSlug, CancellationToken cancellationToken) =>
        DecideAsync(id, number => versions.LinkAsync(number, otherSlug, User.AsEditor(), cancellationToken),
            string.IsNullOrWhiteSpace(otherSlug) ? "Saved: this article has no other-language version." : "Saved: the two versions now link to each other.");

    private async Task<IActionResult> DecideAsync(string id, Func<long, Task<string?>> decide, string notice)
    {
        if (Parse(id) is not { } number)
            return NotFound();
        try
        {
            TempData["Notice"] = await decide(number) ?? notice;
        }
        catch (Exception e) when (e is NpgsqlException or DbUpdateException)
        {
            logger.LogError(e, "Deciding a proposal of brief {Id} failed", number);
            TempData["Notice"] = "That decision could not be saved (the archive refused it or did not answer); nothing was changed.";
        }
        return RedirectToPage("/Edit/Articles/Edit", new { id });
    }

    /// <summary>The extraction reads the saved brief; a failure there never loses the save.</summary>
    private async Task ProposeAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await proposals.RefreshAsync(id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reading brief {Id} for proposals failed", id);
        }
    }

    private async Task ShowStateAsync(long? id, CancellationToken cancellationToken)
    {
        if (id is null)
            return;
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Status, a.Slug, Other = a.OtherLanguage == null ? null : a.OtherLanguage.Slug }).SingleOrDefaultAsync(cancellationToken);
        Show(id, current?.Status ?? ArticleStatus.Draft, current?.Slug);
        OtherLanguageSlug = current?.Other;
        Proposals = await proposals.ForArticleAsync(id.Value, cancellationToken);
    }

    /// <summary>The address of the form for a brief not yet saved.</summary>
    public const string NewArticle = "new";

    /// <summary>An article's id from the address (null for anything else).</summary>
    private static long? Parse(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    private void Show(long? id, ArticleStatus status, string? slug)
    {
        Id = id;
        Status = status;
        PublicSlug = status == ArticleStatus.Published ? slug : null;
    }
}
