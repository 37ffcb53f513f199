using System.CommandLine;
using CrimeArchive.Cli.Verbs;

var root = new RootCommand("crimearchive: import and inspect the CrimeArchive's source texts")
{
    ExtractVerb.Create(),
};
return await root.Parse(args).InvokeAsync();
