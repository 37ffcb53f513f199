namespace CrimeArchive.Data;

public class ProfileSection
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public int Position { get; set; }
    public required string Heading { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    /// <summary>Set once an editor changes the section; a re-import then leaves it alone.</summary>
    public EditorRef? EditedBy { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
}
