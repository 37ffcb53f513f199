namespace CrimeArchive.Search.Indexing;

/// <summary>Told when this instance has applied new rows of the change log: whatever was written,
/// by whichever process (an import from the command line, an editor on another instance), is now in
/// the database. The web app's page cache listens, so pages built before the change are dropped.</summary>
public interface IArchiveChangeObserver
{
    Task ArchiveChangedAsync(int changes, CancellationToken cancellationToken);
}
