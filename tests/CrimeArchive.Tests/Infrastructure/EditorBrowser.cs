using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies and follows no redirects, with the steps an editor
/// takes in the browser: read a form (and its antiforgery token), post it, sign in.</summary>
public sealed class EditorBrowser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static EditorBrowser For(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates an account through the app's own services (as the CLI does).</summary>
    public static async Task<AccountResult> CreateAccountAsync(WebApplicationFactory<Program> factory, string email, bool admin = false, string? password = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().CreateAsync(email, null, admin, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result;
    }

    /// <summary>An account that has already chosen its own password, signed in: an editor's, an
    /// admin's, or (<paramref name="editor"/> false) one that holds no role at all.</summary>
    public static async Task<EditorBrowser> SignedInAsync(WebApplicationFactory<Program> factory, string email, bool admin = false, bool editor = true)
    {
        var created = await CreateAccountAsync(factory, email, admin);
        var handedOut = created.OneTimePassword!;
        if (!editor)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync(email))!, EditorRoles.Editor);
        }
        var browser = For(factory);
        await browser.SignInAsync(email, handedOut);
        var chosen = handedOut + "-mine";
        var changed = await browser.PostFormAsync("/account/password", new() { ["Input.Current"] = handedOut, ["Input.New"] = chosen, ["Input.Confirm"] = chosen });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        return browser;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/account/signin", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Reads the page's form (its antiforgery token) and posts the fields to it, as a browser would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPath = null)
    {
        var token = await AntiforgeryTokenAsync(formPath ?? path);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<string> AntiforgeryTokenAsync(string path)
    {
        var page = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no form with an antiforgery token");
    }
}
