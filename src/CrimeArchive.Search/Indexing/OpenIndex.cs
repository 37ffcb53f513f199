using CrimeArchive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CrimeArchive.Search.Indexing;

/// <summary>One generation of the index, open: its writer and the searchers refreshed from it.</summary>
internal sealed record OpenIndex(string Path, FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers) : IDisposable
{
    public static OpenIndex Open(string path, bool create)
    {
        var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, ArchiveAnalyzers.PerField)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            // A rebuild flushes and merges less with a large buffer and wider tiers; compound files
            // would copy every segment once more, for file handles this process has plenty of.
            RAMBufferSizeMB = create ? 256 : 32,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 16, NoCFSRatio = 0 },
        };
        var writer = new IndexWriter(directory, config);
        return new OpenIndex(path, directory, writer, new SearcherManager(writer, true, new Bm25Searchers()));
    }

    /// <summary>Closes without committing: what was not committed is applied again from the change
    /// log, whose position the last commit records.</summary>
    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Rollback();
        Directory.Dispose();
    }

    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
