namespace CrimeArchive.Search.Indexing;

/// <summary>An instance's index folder, held by one process at a time: a second one (the CLI while
/// the app runs) would delete the generations the first is writing.</summary>
internal sealed class IndexFolder(string root) : IDisposable
{
    private FileStream? held;

    public string Root { get; } = root;

    public void Lock()
    {
        if (held is not null)
            return;
        Directory.CreateDirectory(Root);
        try
        {
            held = new FileStream(Path.Combine(Root, "instance.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SearchIndexInUseException(Root, e);
        }
    }

    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }
}
