namespace CrimeArchive.Data;

/// <summary>How a relationship reads from one side of it: a person is "Leader of" a group that is
/// "Led by" them. Symmetric relationships read the same from both sides.</summary>
public static class RelationshipPhrases
{
    public static string Phrase(this RelationshipType type, bool fromSubject) => (type, fromSubject) switch
    {
        (RelationshipType.LeaderOf, true) => "Leader of",
        (RelationshipType.LeaderOf, false) => "Led by",
        (RelationshipType.MemberOf, true) => "Member of",
        (RelationshipType.MemberOf, false) => "Has member",
        (RelationshipType.Founded, true) => "Founded",
        (RelationshipType.Founded, false) => "Founded by",
        (RelationshipType.SiblingOf, _) => "Sibling of",
        (RelationshipType.RivalOf, _) => "Rival of",
        (RelationshipType.AllyOf, _) => "Ally of",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "This relationship has no phrase."),
    };
}
