namespace CrimeArchive.Data;

/// <summary>An editor's settlement of a disagreement between statements about one entity
/// (for a fact key, the value that holds). The statements themselves are kept.</summary>
public class Decision
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Key { get; set; }
    public required string ChosenValue { get; set; }
    public required EditorRef DecidedBy { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
