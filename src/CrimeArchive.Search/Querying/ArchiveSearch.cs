using System.Globalization;
using CrimeArchive.Data;
using CrimeArchive.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>The archive's search: articles and profile texts ranked, filtered, counted by facet and
/// paged, with entity cards above them and a correction when words are unknown. Reads this
/// instance's index only; never the database.</summary>
public sealed class ArchiveSearch(SearchIndex index)
{
    /// <summary>Deeper pages are not served: nobody reads result 5,001, and collecting it costs.</summary>
    public const int MaxPage = 500;
    private const int MaxCards = 4;

    private static readonly Filter ResultsOnly = new CachingWrapperFilter(new QueryWrapperFilter(ResultTypes()));

    private static Query ResultTypes() => LuceneQueries.Any(
    [
        new TermQuery(new Term(SearchFields.Type, SearchFields.ArticleType)),
        new TermQuery(new Term(SearchFields.Type, SearchFields.ProfileType)),
    ]);

    public SearchResults Search(SearchRequest request)
    {
        var notices = new List<string>();
        if (request.Query?.Length > QueryReader.MaxLength)
            notices.Add($"Only the first {QueryReader.MaxLength} characters of the query were used.");
        var query = QueryReader.Read(request.Query);
        if (query.IsEmpty && !request.HasFilters)
            return SearchResults.Empty(query, notices);

        using var lease = index.Lease();
        var searcher = lease.Searcher;
        var results = Run(searcher, query, request, notices);
        if (query.IsEmpty)
            return results;
        var correction = SpellingCorrector.Correct(searcher.IndexReader, query);
        if (results.Total == 0 && correction is not null)
        {
            var corrected = Run(searcher, QueryReader.Read(correction), request, notices);
            if (corrected.Total > 0 || corrected.Cards.Count > 0)
                return corrected with { CorrectedFrom = query.Text };
        }
        return results with { DidYouMean = correction };
    }

    /// <summary>Entity names starting with what was typed, most written-about first.</summary>
    public IReadOnlyList<EntitySuggestion> Suggest(string? typed, int max = 8)
    {
        using var lease = index.Lease();
        return EntitySuggestions.For(lease.Searcher, typed, Math.Clamp(max, 1, 20));
    }

    private static SearchResults Run(IndexSearcher searcher, ReadQuery query, SearchRequest request, List<string> notices)
    {
        var groups = EntityMatcher.Resolve(searcher, query);
        var match = LuceneQueries.Match(groups);
        if (match is null)
        {
            if (!request.HasFilters)
                return SearchResults.Empty(query, [.. notices, "There were no words to search for in that query."]);
            match = new MatchAllDocsQuery();
        }
        var filter = Filters(request);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var wanted = Math.Clamp(request.Page, 1, MaxPage);
        // Collectors fill every slot up front: never more than the index holds.
        var collect = Math.Max(1, Math.Min(wanted * size, searcher.IndexReader.MaxDoc));
        var sort = request.Sort == SearchSort.Newest
            ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE)
            : null;
        using var matches = CollectedMatches.Collect(searcher, match, filter, sort, collect);

        var pageCount = (int)Math.Min(MaxPage, (matches.Total + size - 1) / size);
        var page = Math.Clamp(wanted, 1, Math.Max(1, pageCount));
        var highlights = Snippets.Queries(groups);
        var shown = matches.Page((page - 1) * size, size);
        // Reading a hit back and highlighting it is most of a page's fixed cost: on every core.
        var hits = new SearchHit[shown.Length];
        Parallel.For(0, shown.Length, i => hits[i] = Hit(searcher.Doc(shown[i].Doc), highlights));
        var cards = EntityMatcher.Cards(searcher, groups, MaxCards);
        return new SearchResults(query, matches.Total, page, pageCount, size, hits, cards, FacetLabels.Of(searcher, matches.Facets), null, null, notices);
    }

    private static Filter Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        void Require(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                filters.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Require(SearchFields.Kind, request.Kind);
        Require(SearchFields.Country, request.Country);
        Require(SearchFields.Year, request.Year);
        Require(SearchFields.Language, request.Language);
        Require(SearchFields.Entity, request.Group?.ToString(CultureInfo.InvariantCulture));
        Require(SearchFields.Entity, request.Person?.ToString(CultureInfo.InvariantCulture));
        if (request.From is not null || request.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.Date,
                request.From is { } f ? DateKey(f) : 1, request.To is { } t ? DateKey(t) : int.MaxValue, true, true), Occur.MUST);
        }
        if (filters.Clauses.Count == 0)
            return ResultsOnly;
        filters.Add(ResultTypes(), Occur.MUST);
        return new QueryWrapperFilter(filters);
    }

    private static int DateKey(DateOnly d) => (d.Year * 10000) + (d.Month * 100) + d.Day;

    private static SearchHit Hit(Document doc, Dictionary<string, Query> highlights)
    {
        var type = doc.Get(SearchFields.Type);
        var date = doc.GetField(SearchFields.Date)?.GetInt32Value() ?? 0;
        var language = doc.Get(SearchFields.Language) ?? "en";
        return new SearchHit(
            type,
            long.Parse(doc.Get(SearchFields.DatabaseId), CultureInfo.InvariantCulture),
            doc.Get(SearchFields.Slug),
            doc.Get(SearchFields.Title),
            doc.Get(SearchFields.Kind),
            date == 0 ? null : new DateOnly(date / 10000, date / 100 % 100, date % 100),
            doc.Get(SearchFields.Country),
            language,
            doc.Get(SearchFields.Author),
            Snippets.For(highlights, language, doc.Get(SearchFields.Body) ?? "", doc.Get(SearchFields.Lead) ?? ""),
            type == SearchFields.ProfileType ? Enum.Parse<EntityKind>(doc.Get(SearchFields.EntityKind)) : null);
    }
}
