namespace CrimeArchive.Data;

/// <summary>A statement about an entity (a factbox value, a status such as "Captured" or "Dead"),
/// tied to the text and sentence that makes it or to the editor who made it. Statements are never
/// overwritten: the profile shows what they say and where they disagree.</summary>
public class Fact
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
    public string? Sentence { get; set; }
    public int? SentenceStart { get; set; }
    /// <summary>The date of the text that states it (null when the text has none).</summary>
    public DateOnly? StatedOn { get; set; }
    public string? Editor { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
