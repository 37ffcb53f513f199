using CrimeArchive.Data;

namespace CrimeArchive.Web.Reading.Articles;

/// <summary>Everything the article page shows: the article, the entities it names and its source texts.</summary>
public sealed record ArticleDetails(ArticleView Article, IReadOnlyList<NamedEntity> Entities, IReadOnlyList<ArticleSource> Sources);

public sealed record ArticleView(
    long Id, string Slug, string Title, bool TitleDerived, ArticleKind Kind, DateOnly? PublishedOn, int? YearHint,
    string? Author, string? Country, IReadOnlyList<string> Tags, string BodyMarkdown, string? AnalysisMarkdown);

/// <summary>An entity the article names, and how many times.</summary>
public sealed record NamedEntity(EntityKind Kind, string Slug, string Name, int Mentions);

/// <summary>A source text of the article; an earlier copy is one a changed copy of the file replaced.</summary>
public sealed record ArticleSource(string FileName, DateTimeOffset ImportedAt, bool Superseded);
