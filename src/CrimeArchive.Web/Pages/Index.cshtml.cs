using CrimeArchive.Web.Reading.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages;

public class IndexModel(HomeQuery query) : PageModel
{
    public HomePage Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Home = await query.GetAsync(cancellationToken);
}
