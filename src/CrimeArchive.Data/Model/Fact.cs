namespace CrimeArchive.Data;

/// <summary>A statement about an entity: a factbox value, or a status such as "Captured" or "Dead".
/// The profile shows what the statements say and where they disagree.</summary>
public class Fact : Statement
{
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
}
