namespace CrimeArchive.Data;

public enum ArticleKind { Brief, Analysis, Investigation }

/// <summary>Only <see cref="Published"/> articles reach readers, search, feeds and sitemaps. A scheduled
/// article publishes itself at <see cref="Article.PublishAt"/>; an unpublished one was withdrawn from readers.</summary>
public enum ArticleStatus { Draft, Published, Scheduled, Unpublished }

public enum EntityKind { Group, Person, Place }

/// <summary>SiblingOf, RivalOf and AllyOf are symmetric: the pair is stored once, in the order the text gives it.</summary>
public enum RelationshipType { LeaderOf, MemberOf, Founded, SiblingOf, RivalOf, AllyOf }

public static class RelationshipTypes
{
    public static bool IsSymmetric(this RelationshipType type) =>
        type is RelationshipType.SiblingOf or RelationshipType.RivalOf or RelationshipType.AllyOf;
}
