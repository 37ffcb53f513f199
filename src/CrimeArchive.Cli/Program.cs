using System.CommandLine;
using CrimeArchive.Cli.Verbs;

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
        };
        return await root.Parse(args).InvokeAsync();
    }
}
