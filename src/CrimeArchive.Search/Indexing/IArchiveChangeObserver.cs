namespace CrimeArchive.Search.Indexing;

/// <summary>Told when this instance has applied new rows of the change log: whatever was written,
/// by whichever process (an import from the command line, an editor on another instance), is now in
/// the database. The web app's page cache listens, so pages built before the change are dropped.</summary>
public interface IArchiveChangeObserver
{
    /// <param name="changes">How many log rows were applied; 0 when the index has just been built or
    /// opened, which takes in every change up to then without reading them as rows.</param>
    Task ArchiveChangedAsync(int changes, CancellationToken cancellationToken);
}
