namespace CrimeArchive.Data;

/// <summary>A name an editor took off an entity because it is not that entity's. Imports do not give it
/// back to the entity; the profile's revisions keep the alias as it was.</summary>
public class RemovedAlias
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public required EditorRef RemovedBy { get; set; }
    public DateTimeOffset RemovedAt { get; set; }
    public string? Reason { get; set; }
}
