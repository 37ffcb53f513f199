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
    IReadOnlyList<LinkedEntity> Linked,
    IReadOnlyList<YearCount> MentionsByYear,
    PagedList<MentioningArticle> Articles,
    int ArticlesFiledHere)
{
    /// <summary>The articles of this page under their years, newest first; undated ones last.</summary>
    public IEnumerable<IGrouping<int?, MentioningArticle>> ArticlesByYear => Articles.Items.GroupBy(a => a.PublishedOn?.Year);

    public int ArticleCount => MentionsByYear.Sum(y => y.Articles);

    public IEnumerable<LinkedEntity> LinkedOf(EntityKind kind) => Linked.Where(l => l.Kind == kind);
}

public sealed record ProfileHeader(long Id, EntityKind Kind, string Slug, string Name, string? Lead);

/// <summary>Another name of the entity, with the sentence or the editor that gives it.</summary>
public sealed record ProfileAlias(string Name, string? Sentence, string? AddedBy);

public sealed record ProfileText(string Heading, string BodyMarkdown);

/// <summary>One related entity and how it is related, seen from this profile, with every statement
/// of it. Two texts stating the same link are two citations on one line, and a symmetric link
/// (rivals, allies, siblings) is one line whichever side each text put first.</summary>
public sealed record RelatedEntity(
    RelationshipType Type, bool FromSubject, EntityKind OtherKind, string OtherSlug, string OtherName,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>"Leader of", "Led by": the relationship read from this profile's side.</summary>
    public string Phrase => Type.Phrase(FromSubject);
}

/// <summary>An entity named in the same sentences as this one (the places a group works in, the
/// groups active in a place), and in how many.</summary>
public sealed record LinkedEntity(EntityKind Kind, string Slug, string Name, int Sentences);

/// <summary>How many published articles of a year name the entity; <see cref="Year"/> is null for undated ones.</summary>
public sealed record YearCount(int? Year, int Articles);

/// <summary>A published article that names the entity, and how many times.</summary>
public sealed record MentioningArticle(string Slug, string Title, DateOnly? PublishedOn, int? YearHint, int Mentions);
