namespace CrimeArchive.Data;

/// <summary>A name variant: a shortened form, a nickname, a Spanish or English name, an acronym.
/// Unique per entity; two entities may share one (two men called "El Gordo").</summary>
public class EntityAlias
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    /// <summary>Votes an editor gives this form as the entity's main name. They count with the texts'
    /// votes (<see cref="SourceDocument.NameVotes"/>): the most voted form becomes the canonical name,
    /// so the result does not depend on the order texts were imported in.</summary>
    public int EditorVotes { get; set; }
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    /// <summary>The sentence that gives this name, when a text does.</summary>
    public string? Sentence { get; set; }
    /// <summary>The editor who added it, when an editor did.</summary>
    public EditorRef? AddedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
