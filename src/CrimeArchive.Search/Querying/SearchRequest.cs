using CrimeArchive.Data;

namespace CrimeArchive.Search.Querying;

public enum SearchSort { Relevance, Newest }

/// <summary>What a results page asks for: the query, filters, order and page.</summary>
public sealed record SearchRequest(string? Query)
{
    public string? Kind { get; init; }
    public string? Country { get; init; }
    public string? Year { get; init; }
    public string? Language { get; init; }
    public long? Group { get; init; }
    public long? Person { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    public bool HasFilters => Kind is not null || Country is not null || Year is not null || Language is not null
        || Group is not null || Person is not null || From is not null || To is not null;
}

public sealed record SearchHit(
    string Type, long Id, string Slug, string Title, string Kind, DateOnly? Date, string? Country, string Language, string? Author,
    string SnippetHtml, EntityKind? ProfileOf);

public sealed record EntityCard(long Id, EntityKind Kind, string Name, string Slug, IReadOnlyList<string> Aliases, int Articles);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record Facet(string Field, string Name, IReadOnlyList<FacetValue> Values);

public sealed record SearchResults(
    ReadQuery Query, int Total, int Page, int PageCount, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyList<EntityCard> Cards,
    IReadOnlyList<Facet> Facets, string? DidYouMean, string? CorrectedFrom, IReadOnlyList<string> Notices)
{
    public static SearchResults Empty(ReadQuery query, IReadOnlyList<string> notices) => new(query, 0, 1, 0, 10, [], [], [], null, null, notices);
}

public sealed record EntitySuggestion(string Name, EntityKind Kind, string Slug, string? Alias);
