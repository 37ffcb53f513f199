using System.CommandLine;
using CrimeArchive.Cli.Verbs;
using CrimeArchive.Data.LocalPostgres;

namespace CrimeArchive.Cli;

internal static class CrimeArchiveCli
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("crimearchive: import and inspect the CrimeArchive's source texts")
        {
            ImportVerb.Create(),
            ExtractVerb.Create(),
            MigrateVerb.Create(),
            SettleVerb.Create(),
            ReindexVerb.Create(),
            CreateEditorVerb.Create(),
            TrainPairsVerb.Create(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (LocalPostgresUnavailableException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
