using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimeArchive.Web.Pages;

/// <summary>The one friendly page for errors and unknown addresses: readers never see a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The archive could not show this page. Please try again in a moment.";

    /// <summary>Nothing at the address: the page offers a search.</summary>
    public bool Missing { get; private set; }

    public void OnGet(int? code)
    {
        if (code == 404)
        {
            Missing = true;
            Heading = "Page not found";
            Explanation = "There is no article, profile or page at this address.";
        }
        else if (code is >= 400 and < 500)
        {
            Heading = "That request could not be understood";
            Explanation = "Check the address or the search terms and try again.";
        }
    }
}
