namespace CrimeArchive.Data;

/// <summary>A row of the search change log: a record whose searchable form changed. Written in the
/// transaction that makes the change, so every web instance's search index can catch up from the
/// log by itself; the log is not the data, so rows are pruned once old.</summary>
public class SearchChange
{
    public long Id { get; set; }
    public SearchChangeKind Kind { get; set; }
    public long TargetId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

public enum SearchChangeKind
{
    Article,
    Entity,
    /// <summary>An entity and every article that mentions it (after a merge moved mentions to it).</summary>
    EntityAndArticles,
    /// <summary>Every instance rebuilds its index from the database (`crimearchive reindex`).</summary>
    Rebuild,
}
