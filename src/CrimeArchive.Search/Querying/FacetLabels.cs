using System.Globalization;
using CrimeArchive.Data;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>Facet counts as the results page shows them: named, labelled and ordered.</summary>
internal static class FacetLabels
{
    private const int MaxEntities = 10;

    public static List<Facet> Of(IndexSearcher searcher, FacetCounter counter) =>
    [
        Ordered(SearchFields.Kind, "Kind", counter, v => Enum.TryParse<ArticleKind>(v, out var kind) ? kind.DisplayName() : v),
        Ordered(SearchFields.Country, "Country", counter, v => v),
        new(SearchFields.Year, "Year", [.. counter.CountsOf(SearchFields.Year).OrderByDescending(v => v.Key, StringComparer.Ordinal)
            .Select(v => new FacetValue(v.Key, v.Key, v.Value))]),
        Ordered(SearchFields.Language, "Language", counter, v => v switch { "es" => "Spanish", "en" => "English", _ => v }),
        Entities(searcher, SearchFields.Group, "Criminal group", counter),
        Entities(searcher, SearchFields.Person, "Person", counter),
    ];

    private static Facet Ordered(string field, string name, FacetCounter counter, Func<string, string> label) =>
        new(field, name, [.. counter.CountsOf(field)
            .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new FacetValue(v.Key, label(v.Key), v.Value))]);

    private static Facet Entities(IndexSearcher searcher, string field, string name, FacetCounter counter) =>
        new(field, name, [.. counter.CountsOf(field)
            .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Take(MaxEntities)
            .Select(v => (v, Card: EntityMatcher.Card(searcher, long.Parse(v.Key, CultureInfo.InvariantCulture))))
            .Where(x => x.Card is not null)
            .Select(x => new FacetValue(x.v.Key, x.Card!.Name, x.v.Value))]);
}
