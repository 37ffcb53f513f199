namespace CrimeArchive.Web.Hosting;

/// <summary>Finds the repository root (the folder holding CrimeArchive.sln) so that `dotnet run`
/// from any folder uses the same .data/ and seeds/; outside a checkout (a container) it is the content root.</summary>
public static class RepositoryPaths
{
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
                return dir.FullName;
        }
        return contentRoot;
    }
}
