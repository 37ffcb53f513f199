namespace CrimeArchive.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Tests must run inside the repository (CrimeArchive.sln not found above the test binaries).");
    }
}
