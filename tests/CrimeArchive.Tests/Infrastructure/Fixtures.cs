namespace CrimeArchive.Tests.Infrastructure;

public static class Fixtures
{
    public static string Import(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);

    /// <summary>A scratch folder of copies, so a test can change or add files without touching the fixtures.</summary>
    public static string ScratchFolder(params string[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crimearchive-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var f in files)
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }
}
