using Lucene.Net.Search;

namespace CrimeArchive.Search.Indexing;

/// <summary>One request's hold on a searcher: the index may be refreshed meanwhile without closing it.</summary>
public sealed class SearchLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}

public sealed record RebuildReport(int Articles, int Entities, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-6);
}

/// <summary>Another process (a running web instance) holds the index folder.</summary>
public sealed class SearchIndexInUseException(string path, Exception inner)
    : Exception($"Another process is using the search index at {path}.", inner)
{
    public string Path { get; } = path;
}
