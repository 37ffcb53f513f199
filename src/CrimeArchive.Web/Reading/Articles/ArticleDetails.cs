using CrimeArchive.Data;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Everything the article page shows: the article, the entities it names, where it sits in
/// the archive (previous, next, related, its other-language version) and its source texts.</summary>
public sealed record ArticleDetails(
    ArticleView Article,
    IReadOnlyList<NamedEntity> Entities,
    IReadOnlyList<ArticleSource> Sources,
    IReadOnlyList<RelatedArticle> Related,
    ArticleLink? Newer,
    ArticleLink? Older,
    ArticleLink? OtherLanguage)
{
    public IEnumerable<NamedEntity> EntitiesOf(EntityKind kind) => Entities.Where(e => e.Kind == kind);
}

public sealed record ArticleView(
    long Id, string Slug, string Title, bool TitleDerived, ArticleKind Kind, DateOnly? PublishedOn, int? YearHint,
    string? Author, string? Country, IReadOnlyList<string> Tags, string Language, string Lead, string BodyMarkdown, string? AnalysisMarkdown);

/// <summary>An entity the article names, how many times, and the words it is named by (which the
/// body's first mention is linked on).</summary>
public sealed record NamedEntity(EntityKind Kind, string Slug, string Name, int Mentions, IReadOnlyList<string> Surfaces);

/// <summary>A source text of the article; an earlier copy is one a changed copy of the file replaced.</summary>
public sealed record ArticleSource(string FileName, DateTimeOffset ImportedAt, bool Superseded);

/// <summary>Another article, linked from this one.</summary>
public sealed record ArticleLink(string Slug, string Title, DateOnly? PublishedOn, string Language);

/// <summary>An article naming some of the same entities, and how many.</summary>
public sealed record RelatedArticle(ArticleLink Article, int SharedEntities);
