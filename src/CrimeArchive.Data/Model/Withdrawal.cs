namespace CrimeArchive.Data;

public enum StatementKind { Fact, Relationship }

/// <summary>An editor's withdrawal of a claim: a fact's value for an entity, or a relationship between
/// two entities, whichever texts state it. The statements stay in the archive, citations and all;
/// profiles stop showing them. Keyed by what is claimed rather than by row, because an import of a
/// changed source text writes its statements again.</summary>
public class Withdrawal
{
    public long Id { get; set; }
    public StatementKind Kind { get; set; }
    /// <summary>The fact's entity, or the relationship's subject.</summary>
    public long EntityId { get; set; }
    public RelationshipType? Type { get; set; }
    public long? ObjectId { get; set; }
    public string? FactKey { get; set; }
    public string? FactValue { get; set; }
    public required EditorRef WithdrawnBy { get; set; }
    public DateTimeOffset WithdrawnAt { get; set; }
    public required string Reason { get; set; }
}
