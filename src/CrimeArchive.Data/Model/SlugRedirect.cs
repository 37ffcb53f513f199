namespace CrimeArchive.Data;

/// <summary>An address a record had before it was renamed (or merged into another): it redirects to
/// the record's address now. For entities, <see cref="EntityKind"/> tells the URL segment.</summary>
public class SlugRedirect
{
    public long Id { get; set; }
    public RevisionSubject Subject { get; set; }
    public EntityKind? EntityKind { get; set; }
    public required string OldSlug { get; set; }
    public long SubjectId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
