namespace CrimeArchive.Import.Importing;

/// <summary>Expands the paths given to an import: files as they are, folders to the files inside
/// them (recursively, hidden ones left out), in a stable order.</summary>
public static class SourceFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<FileOutcome> missing)
    {
        var files = new List<string>();
        var notFound = new List<FileOutcome>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(new FileOutcome(path, ImportStatus.Failed, "no such file or folder"));
            }
        }
        missing = notFound;
        return files;
    }
}
