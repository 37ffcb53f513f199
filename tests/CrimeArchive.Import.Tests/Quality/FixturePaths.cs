namespace CrimeArchive.Import.Tests.Quality;

/// <summary>Where the annotated corpora live: the seed texts in the repository's seeds/ folder, the
/// dev and own texts and all gold files under Fixtures/ (copied next to the test assembly).</summary>
public static class FixturePaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Gold(string corpus) => Path.Combine(Fixtures, "gold", corpus + ".json");

    public static string Texts(string corpus) => corpus == "seeds"
        ? Path.Combine(RepoRoot, "seeds")
        : Path.Combine(Fixtures, corpus, "texts");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no CrimeArchive.sln above {AppContext.BaseDirectory}");
    }
}
