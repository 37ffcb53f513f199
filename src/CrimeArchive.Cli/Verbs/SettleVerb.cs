using System.CommandLine;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive settle`: an editor settles a disagreement between sources on a profile's fact.</summary>
internal static class SettleVerb
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { Description = "The profile, as in its address: people/<slug>, groups/<slug> or places/<slug>", Required = true };
        var key = new Option<string>("--key") { Description = "The fact, e.g. DOB or Status", Required = true };
        var value = new Option<string>("--value") { Description = "The value that holds", Required = true };
        var by = new Option<string>("--by") { Description = "The editor who decides", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var command = new Command("settle", "Settle a disagreement between sources on a profile's fact") { profile, key, value, by, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(profile)!.Trim('/').Split('/', 2);
            if (address.Length != 2 || address[0] is not ("people" or "groups" or "places"))
            {
                await Console.Error.WriteLineAsync("--profile must look like people/<slug>, groups/<slug> or places/<slug>.");
                return 2;
            }
            var kind = address[0] switch { "people" => EntityKind.Person, "groups" => EntityKind.Group, _ => EntityKind.Place };
            await using var session = await ArchiveSession.OpenAsync(cancellationToken);
            await using var db = session.CreateDbContext();
            var result = await FactSettlement.SettleAsync(db, kind, address[1], parse.GetValue(key)!, parse.GetValue(value)!,
                EditorRef.Named(parse.GetValue(by)!), parse.GetValue(reason)!, TimeProvider.System, cancellationToken);
            await (result.Settled ? Console.Out : Console.Error).WriteLineAsync(result.Message);
            return result.Settled ? 0 : 2;
        });
        return command;
    }
}
