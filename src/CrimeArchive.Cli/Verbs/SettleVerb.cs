using System.CommandLine;
using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive settle`: an editor decides which value of a disputed fact holds. The
/// decision is kept with who, when and why; the sources' statements stay as they are.</summary>
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
            var entity = await db.Entities.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == address[1], cancellationToken);
            if (entity is null)
            {
                await Console.Error.WriteLineAsync($"There is no profile at /{address[0]}/{address[1]}.");
                return 2;
            }
            var factKey = parse.GetValue(key)!;
            var stated = await db.Facts.Where(f => f.EntityId == entity.Id && f.Key.ToLower() == factKey.ToLower())
                .Select(f => f.Value).Distinct().ToListAsync(cancellationToken);
            if (stated.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No source states a '{factKey}' for {entity.Name}.");
                return 2;
            }
            db.Decisions.Add(new Decision
            {
                EntityId = entity.Id,
                Key = factKey,
                ChosenValue = parse.GetValue(value)!,
                DecidedBy = parse.GetValue(by)!,
                Reason = parse.GetValue(reason)!,
                DecidedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
            Console.WriteLine($"{entity.Name}: {factKey} settled as \"{parse.GetValue(value)}\" (sources said: {string.Join(" / ", stated)}).");
            return 0;
        });
        return command;
    }
}
