namespace CrimeArchive.Data;


/// <summary>One statement that two entities are related, citing the sentence that states it.
/// The same pair stated by two texts is two rows: each citation stays.</summary>
public class Relationship
{
    public long Id { get; set; }
    public long SubjectId { get; set; }
    public Entity? Subject { get; set; }
    public RelationshipType Type { get; set; }
    public long ObjectId { get; set; }
    public Entity? Object { get; set; }
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
    public string? Sentence { get; set; }
    public int? SentenceStart { get; set; }
    public DateOnly? StatedOn { get; set; }
    public string? Editor { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
