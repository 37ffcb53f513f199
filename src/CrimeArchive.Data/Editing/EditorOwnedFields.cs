namespace CrimeArchive.Data.Editing;

/// <summary>The fields of an article that an editor can change, and the columns each covers. Once an
/// editor has changed one (it is listed in <see cref="Article.EditedFields"/>), an import of the
/// article's source text leaves it alone; the fields no editor touched keep following the source.</summary>
public static class ArticleEditorFields
{
    public const string Title = "title";
    public const string Slug = "slug";
    public const string Kind = "kind";
    public const string Language = "language";
    public const string Country = "country";
    public const string Tags = "tags";
    public const string Author = "author";
    public const string Date = "date";
    public const string Lead = "lead";
    public const string Body = "body";

    public static readonly string[] All = [Title, Slug, Kind, Language, Country, Tags, Author, Date, Lead, Body];

    /// <summary>Marks an article whose other-language version an editor chose (or said it has none):
    /// the importer's pairing leaves it alone. Not a form field, and no column an import writes.</summary>
    public const string OtherLanguage = "other-language";

    /// <summary>The columns of <c>articles</c> that belong to each field (the body carries the
    /// fingerprint made from it, and the analysis written below it).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        [Title] = ["title", "title_derived"],
        [Slug] = ["slug"],
        [Kind] = ["kind"],
        [Language] = ["language"],
        [Country] = ["country"],
        [Tags] = ["tags"],
        [Author] = ["author"],
        [Date] = ["published_on", "year_hint"],
        [Lead] = ["lead"],
        [Body] = ["body_markdown", "analysis_markdown", "lead_fingerprint"],
    };
}
