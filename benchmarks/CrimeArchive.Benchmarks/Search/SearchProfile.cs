using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Search;
using CrimeArchive.Search.Indexing;
using CrimeArchive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The <c>search-profile</c> mode: where a search's time goes, stage by stage, over the mix
/// (median per stage over the queries), and where a rebuild's time goes.</summary>
public static class SearchProfile
{
    public static async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var corpus = await SearchCorpus.OpenAsync(count, cancellationToken);
        var folder = Path.Combine(SearchCorpus.RepositoryRoot(), "benchmarks", ".data", $"search-index-{count}");
        var contexts = new CorpusContexts(corpus.ConnectionString);
        var source = new IndexSource(contexts);
        var clock = Stopwatch.StartNew();
        var articles = new List<ArticleSource>();
        for (var chunk = await source.ArticlesAfterAsync(0, 1000, cancellationToken); chunk.Count > 0 && articles.Count < 20_000;
             chunk = await source.ArticlesAfterAsync(chunk[^1].Id, 1000, cancellationToken))
            articles.AddRange(chunk);
        Console.WriteLine($"read {articles.Count:N0} articles: {clock.Elapsed.TotalSeconds:N1} s");
        articles = [.. articles.Take(20_000)];
        clock.Restart();
        var docs = articles.Select(SearchDocuments.Article).ToList();
        Console.WriteLine($"documents made (Markdig, fields), one thread: {clock.Elapsed.TotalSeconds:N1} s");
        clock.Restart();
        foreach (var a in articles.Take(2000))
            ArchiveAnalyzers_Consume(a);
        Console.WriteLine($"analysis of 2,000 bodies (prose analyzer only), one thread: {clock.Elapsed.TotalSeconds:N2} s");

        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = folder }), contexts, NullLogger<SearchIndex>.Instance);
        await index.StartAsync(cancellationToken);
        var mix = SearchQueryMix.Load();
        var stages = new Dictionary<string, List<double>>();
        void Time(string stage, Action action)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var query in mix)
            {
                using var lease = index.Lease();
                var searcher = lease.Searcher;
                var read = QueryReader.Read(query.Text);
                List<ResolvedGroup> groups = [];
                Time("resolve entities", () => groups = EntityMatcher.Resolve(searcher, read));
                Query? match = null;
                Time("build query", () => match = LuceneQueries.Match(groups));
                if (match is null)
                    continue;
                var filter = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, SearchFields.ArticleType)));
                Time("collect top 10 only", () => searcher.Search(match, filter, TopScoreDocCollector.Create(10, false)));
                CollectedMatches? matches = null;
                Time("collect + facets", () => matches = CollectedMatches.Collect(searcher, match, filter, null, 10));
                using var facets = matches!;
                var hits = matches!.Page(0, 10);
                List<Lucene.Net.Documents.Document> stored = [];
                Time("load 10 stored docs", () => stored = [.. hits.Select(h => searcher.Doc(h.Doc))]);
                Time("snippets", () =>
                {
                    var queries = Snippets.Queries(groups);
                    foreach (var d in stored)
                        Snippets.For(queries, d.Get(SearchFields.Language) ?? "en", d.Get(SearchFields.Body) ?? "", d.Get(SearchFields.Lead) ?? "");
                });
                Time("cards", () => EntityMatcher.Cards(searcher, groups, 4));
                Time("facet labels", () => FacetLabels.Of(searcher, matches.Facets));
                Time("spelling", () => SpellingCorrector.Correct(searcher.IndexReader, read));
            }
        }
        // The last pass, query by query: which stage a query's time goes to.
        var names = stages.Keys.ToList();
        Console.WriteLine($"{"query",-36} " + string.Join(" ", names.Select(n => $"{n[..Math.Min(9, n.Length)],9}")));
        var perPass = stages[names[0]].Count / 3;
        for (var i = 0; i < perPass; i++)
            Console.WriteLine($"{Cut(mix[i].Text),-36} " + string.Join(" ", names.Select(n => $"{stages[n][(2 * perPass) + i],9:N2}")));
        foreach (var (stage, times) in stages)
            Console.WriteLine($"{stage,-22} median {ExtractionThroughput.Median(times),7:N2} ms  max {times.Max(),7:N2} ms");
    }

    private static string Cut(string text) => text.Length <= 36 ? text : text[..35] + "…";

    private static void ArchiveAnalyzers_Consume(ArticleSource a) =>
        CrimeArchive.Search.Analysis.ArchiveAnalyzers.Terms(CrimeArchive.Search.Analysis.ArchiveAnalyzers.ForLanguage(a.Language), "x", a.BodyMarkdown);
}
