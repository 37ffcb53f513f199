using CrimeArchive.Import.Importing;
using Spectre.Console;

namespace CrimeArchive.Cli.Verbs;

/// <summary>The table printed after an import: counts per outcome, then every file that was not
/// simply imported, with its reason.</summary>
internal static class ImportSummary
{
    public static void Write(IAnsiConsole console, ImportReport report)
    {
        var counts = new Table().AddColumns("Outcome", "Files");
        foreach (var status in Enum.GetValues<ImportStatus>())
            counts.AddRow(status.ToString(), report.Count(status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(counts);

        var notable = report.Files.Where(f => f.Status is not (ImportStatus.Imported or ImportStatus.Unchanged) || f.Warnings is { Count: > 0 }).ToList();
        if (notable.Count == 0)
            return;
        var details = new Table().AddColumns("File", "Outcome", "Reason");
        foreach (var f in notable)
        {
            var reason = string.Join("; ", new[] { f.Detail }.Concat(f.Warnings ?? []).OfType<string>());
            details.AddRow(Markup.Escape(f.File), f.Status.ToString(), Markup.Escape(reason));
        }
        console.Write(details);
    }
}
