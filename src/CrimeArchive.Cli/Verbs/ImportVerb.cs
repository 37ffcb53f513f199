using System.CommandLine;
using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive import PATH...`: imports files and folders, with a progress bar on large
/// imports and a summary table at the end. Exits 1 when any file failed.</summary>
internal static class ImportVerb
{
    private const int ProgressBarFrom = 20;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of source texts", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import source texts into the archive") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ArchiveSession.OpenAsync(cancellationToken);
            await ArchiveDb.MigrateAsync(session.Connection.ConnectionString, cancellationToken);
            var importer = new ArchiveImporter(session, TimeProvider.System, session.Loggers.CreateLogger<ArchiveImporter>());
            var report = await RunAsync(importer, parse.GetValue(paths) ?? [], cancellationToken);
            ImportSummary.Write(AnsiConsole.Console, report);
            return report.Count(ImportStatus.Failed) > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<ImportReport> RunAsync(ArchiveImporter importer, string[] paths, CancellationToken cancellationToken)
    {
        var total = SourceFiles.Expand(paths, out _).Count;
        if (total < ProgressBarFrom || Console.IsOutputRedirected)
            return await importer.ImportAsync(paths, cancellationToken: cancellationToken);

        ImportReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: total);
                var progress = new Progress<FileOutcome>(_ => task.Increment(1));
                report = await importer.ImportAsync(paths, progress, cancellationToken);
            });
        return report!;
    }
}
