namespace CrimeArchive.Import.Importing;

public enum ImportStatus { Imported, Updated, Unchanged, Duplicate, Skipped, Failed }

/// <summary>What happened to one file. <see cref="Detail"/> is the reason for a failure or a skip,
/// or what a duplicate duplicates; <see cref="Target"/> names the record written.</summary>
public sealed record FileOutcome(string File, ImportStatus Status, string? Detail = null, string? Target = null, IReadOnlyList<string>? Warnings = null);

public sealed record ImportReport(IReadOnlyList<FileOutcome> Files)
{
    public int Count(ImportStatus status) => Files.Count(f => f.Status == status);
}
