namespace CrimeArchive.Data;

/// <summary>A statement that two entities are related. The same pair stated by two texts is two
/// rows: each citation stays.</summary>
public class Relationship : Statement
{
    public long SubjectId { get; set; }
    public Entity? Subject { get; set; }
    public RelationshipType Type { get; set; }
    public long ObjectId { get; set; }
    public Entity? Object { get; set; }
}
