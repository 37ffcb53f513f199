using CrimeArchive.Web.Reading.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CrimeArchive.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace CrimeArchive.Web.Pages;

[OutputCache(PolicyName = ReaderPageCache.Policy)]
public class IndexModel(HomeQuery query) : PageModel
{
    public HomePage Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Home = await query.GetAsync(cancellationToken);
}
