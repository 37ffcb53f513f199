namespace CrimeArchive.Data;

public enum ProposalKind { Link, NewEntity, Relationship, Fact }

public enum ProposalState { Open, Accepted, Rejected }

/// <summary>Something the extraction found in a brief written in the newsroom, for an editor to accept
/// or reject: a link to an entity the archive has, a new entity, a relationship, a status fact.
/// <see cref="Signature"/> names what is proposed; a rejected one is not proposed again for the brief.</summary>
public class Proposal
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public ProposalKind Kind { get; set; }
    public required string Signature { get; set; }
    public EntityKind EntityKind { get; set; }
    /// <summary>The entity as the brief names it, and the archive's entity when it has one.</summary>
    public required string EntityName { get; set; }
    public long? EntityId { get; set; }
    public RelationshipType? RelationshipType { get; set; }
    public EntityKind? ObjectKind { get; set; }
    public string? ObjectName { get; set; }
    public long? ObjectId { get; set; }
    public string? FactKey { get; set; }
    public string? FactValue { get; set; }
    /// <summary>For links and new entities: the names the brief uses, and where (JSON of surface, start, length, sentence).</summary>
    public string? Aliases { get; set; }
    public string? Mentions { get; set; }
    public required string Sentence { get; set; }
    public ProposalState State { get; set; }
    public EditorRef? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
