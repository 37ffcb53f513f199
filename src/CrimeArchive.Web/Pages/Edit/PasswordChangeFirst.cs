using CrimeArchive.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CrimeArchive.Web.Pages.Edit;

/// <summary>An editor holding a handed-out password is sent to change it before any editor page opens.</summary>
public sealed class PasswordChangeFirst : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.HttpContext.User.HasClaim(EditorClaims.MustChangePassword, "true"))
            return next();
        var request = context.HttpContext.Request;
        context.Result = new RedirectToPageResult("/Account/Password", new { returnUrl = request.PathBase + request.Path + request.QueryString });
        return Task.CompletedTask;
    }
}
