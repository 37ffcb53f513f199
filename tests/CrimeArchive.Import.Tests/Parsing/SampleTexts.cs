namespace CrimeArchive.Import.Tests.Parsing;

/// <summary>The seed texts in the repository and, where shared/ sits beside the repository, the
/// development texts, and the fixture texts under tests/ (folders named texts or import).</summary>
internal static class SampleTexts
{
    private static readonly string[] FixtureFolders = ["texts", "import"];

    public static IEnumerable<string> Files()
    {
        var root = RepositoryRoot();
        var fixtures = FixtureFolders
            .SelectMany(name => Directory.GetDirectories(Path.Combine(root, "tests"), name, SearchOption.AllDirectories))
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var folders = new[] { Path.Combine(root, "seeds"), Path.Combine(root, "..", "shared", "dev", "texts") }.Concat(fixtures);
        return folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.txt"))
            .DistinctBy(Path.GetFileName).Order();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the repository root (CrimeArchive.sln) was not found");
    }
}
