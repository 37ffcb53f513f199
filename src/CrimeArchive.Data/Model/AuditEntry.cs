namespace CrimeArchive.Data;

public enum AuditAction { Published, Unpublished, Scheduled, Restored, Merged, Split, Withdrew, Settled, LinkedVersions }

/// <summary>A line of the newsroom's audit log: who published, unpublished, merged, split or withdrew what.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public required EditorRef Editor { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditAction Action { get; set; }
    public RevisionSubject Subject { get; set; }
    public long SubjectId { get; set; }
    /// <summary>What it was about, in words that stay true after a rename ("the brief 'X' (/articles/x)").</summary>
    public required string Description { get; set; }
}
