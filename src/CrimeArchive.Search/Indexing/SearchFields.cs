namespace CrimeArchive.Search;

/// <summary>The index's field names, in one place for the writer and the searcher.</summary>
public static class SearchFields
{
    /// <summary>"a:12" for article 12, "e:7" for entity 7: the key documents are replaced by.</summary>
    public const string Key = "key";
    public const string Type = "type";
    public const string DatabaseId = "db_id";
    public const string Slug = "slug";

    public const string Title = "title";
    public const string TitleEnglish = "title.en";
    public const string TitleSpanish = "title.es";
    public const string BodyEnglish = "body.en";
    public const string BodySpanish = "body.es";
    /// <summary>The words of titles and names, folded and unstemmed, without positions: what "did you
    /// mean" offers. Bodies are left out: analysing every text a second time cost a third of a
    /// rebuild, and readers misspell names far more than prose.</summary>
    public const string Words = "words";
    public const string Body = "body";
    public const string Lead = "lead";

    public const string Kind = "kind";
    public const string Country = "country";
    public const string Language = "lang";
    public const string Year = "year";
    public const string Date = "date";
    public const string Author = "author";
    /// <summary>Ids of the entities an article mentions (every kind): what alias-aware queries match.</summary>
    public const string Entity = "entity";
    /// <summary>Ids of the entities an article's title names, under any of their names.</summary>
    public const string TitleEntity = "title_entity";
    public const string Group = "group";
    public const string Person = "person";

    /// <summary>Entity documents: the entity's kind, its names tokenized and each name whole (normalized).</summary>
    public const string EntityKind = "ekind";
    public const string Names = "names";
    public const string Alias = "alias";
    public const string AliasList = "aliases";
    public const string Mentions = "mentions";

    public const string ArticleType = "article";
    public const string EntityType = "entity";
    /// <summary>An entity's profile text (lead and sections), listed among the articles.</summary>
    public const string ProfileType = "profile";
}
