using CrimeArchive.Data;
using CrimeArchive.Data.Editing;

namespace CrimeArchive.Web.Reading.Profiles;

/// <summary>Everything a profile page shows, one panel per property.</summary>
public sealed record Profile(
    ProfileHeader Header,
    IReadOnlyList<ProfileAlias> Aliases,
    IReadOnlyList<FactLine> Facts,
    IReadOnlyList<ProfileText> Sections,
    IReadOnlyList<RelatedEntity> Relationships,
    IReadOnlyList<MentioningArticle> Articles);

public sealed record ProfileHeader(long Id, EntityKind Kind, string Slug, string Name, string? Lead);

/// <summary>Another name of the entity, with the sentence or the editor that gives it.</summary>
public sealed record ProfileAlias(string Name, string? Sentence, string? SourceFile, string? AddedBy);

public sealed record ProfileText(string Heading, string BodyMarkdown);

/// <summary>One related entity and how it is related, seen from this profile, with every statement
/// of it (two texts stating the same link are two citations on one line).</summary>
public sealed record RelatedEntity(
    RelationshipType Type, bool FromSubject, EntityKind OtherKind, string OtherSlug, string OtherName,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>"Leader of", "Led by": the relationship read from this profile's side.</summary>
    public string Phrase => Type.Phrase(FromSubject);
}

/// <summary>A published article that names the entity, and how many times.</summary>
public sealed record MentioningArticle(string Slug, string Title, DateOnly? PublishedOn, int? YearHint, int Mentions);
