using CrimeArchive.Data;
using CrimeArchive.Search;
using CrimeArchive.Search.Analysis;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CrimeArchive.Tests.Search;

/// <summary>Matches collected in runs on several threads are exactly what one pass over the segments
/// collects: the same total, the same counts per facet value and the same hits in the same order.</summary>
public sealed class CollectedMatchesTests : IDisposable
{
    private static readonly string[] Words = ["harbour", "cocaine", "extortion", "police", "border", "prison", "mayor", "shipment"];
    private static readonly string[] Countries = ["Mexico", "Colombia", "Honduras"];
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public CollectedMatchesTests()
    {
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, ArchiveAnalyzers.PerField)
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var random = new Random(7);
            for (var id = 1; id <= 1_200; id++)
            {
                writer.AddDocument(SearchDocuments.Article(Article(id, random)));
                if (id % 100 == 0)
                    writer.Commit(); // a segment per hundred: twelve of them, to split into runs
            }
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    private static ArticleSource Article(int id, Random random)
    {
        var body = string.Join(' ', Enumerable.Range(0, 40).Select(_ => Words[random.Next(Words.Length)]));
        var entities = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => ((long)random.Next(1, 20), random.Next(2) == 0 ? EntityKind.Group : EntityKind.Person, 1))
            .DistinctBy(e => e.Item1).ToList();
        return new ArticleSource(id, $"article-{id}", $"Article {id} on {Words[id % Words.Length]}", ArticleKind.Brief, ArticleStatus.Published,
            "", body, null, new DateOnly(2010 + (id % 12), 1 + (id % 12), 1 + (id % 28)), null, null, Countries[id % Countries.Length],
            id % 5 == 0 ? "es" : "en", entities, []);
    }

    public static TheoryData<string, bool> Queries => new()
    {
        { "harbour", false },
        { "harbour", true },
        { "police border", false },
        { "shipment", true },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Runs_on_several_threads_collect_what_one_pass_collects(string words, bool newestFirst)
    {
        Assert.True(reader.Leaves.Count >= 3);
        var query = new BooleanQuery();
        foreach (var term in ArchiveAnalyzers.Terms(ArchiveAnalyzers.ForLanguage("en"), SearchFields.BodyEnglish, words))
            query.Add(new TermQuery(new Term(SearchFields.BodyEnglish, term)), Occur.SHOULD);
        var filter = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, SearchFields.ArticleType)));
        var sort = newestFirst ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE) : null;

        using var one = CollectedMatches.Collect(searcher, query, filter, sort, 300, maxRuns: 1);
        using var three = CollectedMatches.Collect(searcher, query, filter, sort, 300, maxRuns: 3, parallelFrom: 0);

        Assert.Equal(searcher.Search(query, filter, 1).TotalHits, one.Total);
        Assert.True(one.Total > 300, "the test needs more matches than are kept");
        Assert.Equal(one.Total, three.Total);
        foreach (var field in FacetCounter.SingleValued.Concat(FacetCounter.MultiValued))
            Assert.Equal(one.Facets.CountsOf(field).OrderBy(v => v.Key), three.Facets.CountsOf(field).OrderBy(v => v.Key));
        Assert.NotEmpty(three.Facets.CountsOf(SearchFields.Group));
        foreach (var start in new[] { 0, 10, 290 })
            Assert.Equal(one.Page(start, 10).Select(h => h.Doc), three.Page(start, 10).Select(h => h.Doc));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
