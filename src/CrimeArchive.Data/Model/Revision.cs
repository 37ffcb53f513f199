namespace CrimeArchive.Data;

public enum RevisionSubject { Article, Entity }

/// <summary>One save of an article or a profile: who, when, which fields changed, and the record as it
/// stood after the save (JSON), so that any two can be compared and any one restored.</summary>
public class Revision
{
    public long Id { get; set; }
    public RevisionSubject Subject { get; set; }
    public long SubjectId { get; set; }
    /// <summary>1 for the first save of the record, then one more per save.</summary>
    public int Number { get; set; }
    public required EditorRef Editor { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    /// <summary>The fields that changed, by name ("title, body"), or what happened ("restored revision 3").</summary>
    public required string Summary { get; set; }
    public required string Snapshot { get; set; }
}
