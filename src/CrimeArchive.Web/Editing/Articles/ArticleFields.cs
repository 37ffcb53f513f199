using CrimeArchive.Data;

namespace CrimeArchive.Web.Editing.Articles;

/// <summary>What an editor writes in the brief form. An empty slug is made from the title.</summary>
public sealed record ArticleFields(
    string Title, string? Slug, ArticleKind Kind, string Language, string? Country, IReadOnlyList<string> Tags, string? Author,
    DateOnly? PublishedOn, string Lead, string Body);

public enum ArticleSaveStatus { Saved, Invalid, Conflict, NotFound }

/// <summary>The answer to a save: saved (with the new version), refused with reasons by field, or a
/// conflict with what the archive holds now — the editor's text is never applied over another's.</summary>
public sealed record ArticleSaveResult(ArticleSaveStatus Status, long Id = 0, string Slug = "", uint Version = 0,
    IReadOnlyList<(string Field, string Message)>? Errors = null, ArticleSnapshot? Current = null, string? CurrentSavedBy = null)
{
    public static ArticleSaveResult Invalid(string field, string message) => new(ArticleSaveStatus.Invalid, Errors: [(field, message)]);
}

/// <summary>The state an editor moves a brief to.</summary>
public enum ArticleStateChange { Publish, Schedule, Unpublish, BackToDraft }
