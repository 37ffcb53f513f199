using System.CommandLine;
using CrimeArchive.Data;
using CrimeArchive.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive create-editor EMAIL [--admin]`: the first account (and any other), with a
/// password printed once or read from standard input, to be changed at first sign-in.</summary>
internal static class CreateEditorVerb
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The editor's e-mail address, which is also their user name" };
        var admin = new Option<bool>("--admin") { Description = "Also an admin: may manage other editors' accounts" };
        var name = new Option<string?>("--name") { Description = "The name shown on their work (default: the address's local part)" };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the one-time password from standard input instead of generating one" };
        var command = new Command("create-editor", "Create an editor's account and hand out a one-time password") { email, admin, name, fromStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string? password = null;
            if (parse.GetValue(fromStdin))
            {
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    await Console.Error.WriteLineAsync("--password-stdin was given but standard input held no password.");
                    return 2;
                }
            }
            await using var session = await ArchiveSession.OpenAsync(cancellationToken);
            return await RunAsync(session.CreateDbContext, parse.GetValue(email)!, parse.GetValue(name), parse.GetValue(admin), password,
                Console.Out, Console.Error);
        });
        return command;
    }

    internal static async Task<int> RunAsync(Func<ArchiveDbContext> contexts, string email, string? name, bool admin, string? password,
        TextWriter output, TextWriter errors)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => contexts());
        services.AddEditorAccounts();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().CreateAsync(email, name, admin, password);
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync("The account was not created: " + string.Join(" ", result.Errors));
            return 2;
        }
        await output.WriteLineAsync($"Created {(admin ? "admin" : "editor")} {result.Account!.Email} ({result.Account.DisplayName}).");
        await output.WriteLineAsync(result.OneTimePassword is { } handedOut
            ? $"One-time password (shown once; it must be changed at first sign-in): {handedOut}"
            : "The password read from standard input must be changed at first sign-in.");
        return 0;
    }
}
