using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace CrimeArchive.Tests.Accounts;

/// <summary>The app's Serilog logger is the process's static one, which the last app built in a test
/// process takes over: this class runs alone, so that the logs it reads are its own app's.</summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public sealed class AloneInTheProcess;

/// <summary>Passwords never reach the logs, whatever the sign-in's outcome, at the most verbose level.</summary>
[Collection(nameof(AloneInTheProcess))]
public class PasswordLoggingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Sign_in_password_change_and_account_creation_log_no_password()
    {
        var log = Path.Combine(Path.GetTempPath(), $"crimearchive-log-{Guid.NewGuid():N}.txt");
        string handedOut;
        string created;
        await using (var factory = new ArchiveWebFactory(database.ConnectionString))
        {
            // A file sink beside the console one, at the most verbose level, through the app's own Serilog configuration.
            await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Serilog:Using:0"] = "Serilog.Sinks.File",
                    ["Serilog:MinimumLevel:Default"] = "Verbose",
                    ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
                    ["Serilog:WriteTo:0:Name"] = "File",
                    ["Serilog:WriteTo:0:Args:path"] = log,
                })));
            handedOut = (await EditorBrowser.CreateAccountAsync(app, "logged.admin@example.org", admin: true)).OneTimePassword!;
            var browser = EditorBrowser.For(app);
            await browser.SignInAsync("logged.admin@example.org", "a wrong password typed here");
            await browser.SignInAsync("logged.admin@example.org", handedOut);
            await browser.PostFormAsync("/account/password", new()
            {
                ["Input.Current"] = handedOut, ["Input.New"] = "the chosen secret phrase", ["Input.Confirm"] = "the chosen secret phrase",
            });
            var page = await browser.PostFormAsync("/edit/editors?handler=Create", new() { ["Input.Email"] = "logged.new@example.org" }, formPath: "/edit/editors");
            created = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector(".one-time-password")!.TextContent;
        }

        var text = await File.ReadAllTextAsync(log);
        File.Delete(log);
        // The app did log the requests in question (handler execution is logged at the verbose levels).
        Assert.Contains("SignInModel.OnPostAsync", text, StringComparison.Ordinal);
        Assert.Contains("PasswordModel.OnPostAsync", text, StringComparison.Ordinal);
        foreach (var secret in new[] { "a wrong password typed here", handedOut, "the chosen secret phrase", created })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }
}
