namespace CrimeArchive.Data.Editing;

/// <summary>A statement as readers see it: the value it gives and where it comes from — a sentence
/// of an article or of a profile text, or an editor with a reason. <see cref="ArticleSlug"/> is null
/// when the statement's article is not published, so nothing links to a draft; a profile text's
/// statement names the profile it comes from (<see cref="Profile"/>) so readers can follow it.</summary>
public sealed record Citation(
    string Value, string? Sentence, DateOnly? StatedOn, string? SourceFile, string? ArticleSlug, string? ArticleTitle,
    string? Editor, string? Reason, string? SourceNote = null, CitedProfile? Profile = null);

/// <summary>The profile whose source text states something.</summary>
public sealed record CitedProfile(EntityKind Kind, string Slug, string Name);
