namespace CrimeArchive.Data;

public enum ArticleKind { Brief, Analysis, Investigation }

public enum ArticleStatus { Draft, Published }

public enum EntityKind { Group, Person, Place }

/// <summary>SiblingOf, RivalOf and AllyOf are symmetric: the pair is stored once, in the order the text gives it.</summary>
public enum RelationshipType { LeaderOf, MemberOf, Founded, SiblingOf, RivalOf, AllyOf }

public static class RelationshipTypes
{
    public static bool IsSymmetric(this RelationshipType type) =>
        type is RelationshipType.SiblingOf or RelationshipType.RivalOf or RelationshipType.AllyOf;
}
