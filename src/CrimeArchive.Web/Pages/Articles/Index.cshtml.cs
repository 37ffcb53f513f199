using CrimeArchive.Web.Reading;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages.Articles;

public class IndexModel(ArticleQuery query) : PageModel
{
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default) =>
        Articles = await query.LatestAsync(p, cancellationToken);
}
