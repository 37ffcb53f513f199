using CrimeArchive.Data;
using CrimeArchive.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Edit.Articles;

public sealed record ArticleRow(long Id, string Title, string Slug, ArticleStatus Status, DateOnly? PublishedOn, DateTimeOffset? PublishAt, DateTimeOffset UpdatedAt);

/// <summary>Every article the newsroom has, whatever its state, most recently changed first.</summary>
public class IndexModel(ArchiveDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "state")]
    public ArticleStatus? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Title { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ArticleRow> Articles { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (State is { } state)
            articles = articles.Where(a => a.Status == state);
        if (!string.IsNullOrWhiteSpace(Title))
        {
            var pattern = "%" + Title.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern));
        }
        Articles = await articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .ToPagedListAsync(a => new ArticleRow(a.Id, a.Title, a.Slug, a.Status, a.PublishedOn, a.PublishAt, a.UpdatedAt),
                PageNumber, PageSize, cancellationToken);
    }
}
