using System.CommandLine;
using CrimeArchive.Data;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive migrate`: creates the database if needed and applies pending migrations.</summary>
internal static class MigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the database if needed and apply pending migrations");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var session = await ArchiveSession.OpenAsync(cancellationToken);
            await ArchiveDb.MigrateAsync(session.Connection.ConnectionString, cancellationToken);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
