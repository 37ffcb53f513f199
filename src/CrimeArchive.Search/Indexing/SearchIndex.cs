using System.Diagnostics;
using CrimeArchive.Data;
using CrimeArchive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Search.Indexing;

/// <summary>This instance's search index: derived from the database, built when missing or stale,
/// kept current from the change log. One writer per folder; searches share a refreshed searcher.</summary>
public sealed partial class SearchIndex(
    IOptions<SearchOptions> options, IDbContextFactory<ArchiveDbContext> contexts, ILogger<SearchIndex> logger) : IDisposable
{
    private const int ChangesPerRound = 5000;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IndexSource source = new(contexts);
    private readonly ChangeLog log = new(contexts);
    private readonly string root = options.Value.IndexPath ?? throw new InvalidOperationException("Search:IndexPath is not set.");
    private OpenIndex? open;
    private FileStream? folderLock;
    private string database = "";
    private long watermark;
    private long lastCommit;

    private sealed record OpenIndex(string Path, FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers) : IDisposable
    {
        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }

    /// <summary>Completes once the index can answer (built or opened, and caught up once).</summary>
    public Task WhenReady => ready.Task;

    /// <summary>The last change-log id the index reflects.</summary>
    public long Watermark => Interlocked.Read(ref watermark);

    /// <summary>Opens the index, or builds it when it is missing, from another database, of an older
    /// layout, or older than the change log reaches; then catches up.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            LockFolder();
            database = await log.DatabaseIdentityAsync(cancellationToken);
            var usable = IndexGenerations.FindUsable(root, database);
            if (usable is not null && await log.CoversAsync(usable.Watermark, cancellationToken))
            {
                Swap(Open(usable.Path, create: false), usable.Watermark);
                LogOpened(usable.Path, usable.Watermark);
            }
            else
                await RebuildLockedAsync(cancellationToken);
            await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
        ready.TrySetResult();
    }

    /// <summary>Applies the change log's new rows; returns how many it read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return open is null ? 0 : await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Builds a new generation from the database while the current one serves, then swaps.</summary>
    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            LockFolder();
            if (database.Length == 0)
                database = await log.DatabaseIdentityAsync(cancellationToken);
            var report = await RebuildLockedAsync(cancellationToken);
            await CatchUpLockedAsync(cancellationToken);
            ready.TrySetResult();
            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A searcher for one request; dispose the lease when done.</summary>
    public SearchLease Lease()
    {
        var current = open ?? throw new InvalidOperationException("The search index is not open yet.");
        var searcher = current.Searchers.Acquire();
        return new SearchLease(current.Searchers, searcher);
    }

    public bool IsReady => ready.Task.IsCompleted;

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        while (true)
        {
            var changes = await log.AfterAsync(Watermark, ChangesPerRound, cancellationToken);
            if (changes.Count == 0)
                break;
            var last = changes[^1].Id;
            if (changes.Any(c => c.Kind == SearchChangeKind.Rebuild))
            {
                await RebuildLockedAsync(cancellationToken);
                if (Watermark < last)
                    Interlocked.Exchange(ref watermark, last);
            }
            else
                await ApplyAsync(open!.Writer, changes, cancellationToken);
            Interlocked.Exchange(ref watermark, Math.Max(Watermark, last));
            applied += changes.Count;
        }
        if (applied > 0)
        {
            open!.Searchers.MaybeRefreshBlocking();
            if (Stopwatch.GetElapsedTime(lastCommit) > CommitEvery)
                Commit();
        }
        return applied;
    }

    private async Task ApplyAsync(IndexWriter writer, List<SearchChange> changes, CancellationToken cancellationToken)
    {
        var articleIds = changes.Where(c => c.Kind == SearchChangeKind.Article).Select(c => c.TargetId).ToHashSet();
        var entityIds = changes.Where(c => c.Kind is SearchChangeKind.Entity or SearchChangeKind.EntityAndArticles).Select(c => c.TargetId).ToHashSet();
        foreach (var id in changes.Where(c => c.Kind == SearchChangeKind.EntityAndArticles).Select(c => c.TargetId).Distinct())
            articleIds.UnionWith(await source.ArticlesMentioningAsync(id, cancellationToken));

        foreach (var chunk in articleIds.Chunk(500))
        {
            var found = await source.ArticlesAsync(chunk, cancellationToken);
            foreach (var article in found)
            {
                if (article.Status == ArticleStatus.Published)
                    writer.UpdateDocument(SearchDocuments.ArticleKey(article.Id), SearchDocuments.Article(article));
                else
                    writer.DeleteDocuments(SearchDocuments.ArticleKey(article.Id));
            }
            foreach (var gone in chunk.Except(found.Select(a => a.Id)))
                writer.DeleteDocuments(SearchDocuments.ArticleKey(gone));
        }
        foreach (var chunk in entityIds.Chunk(500))
        {
            var found = await source.EntitiesAsync(chunk, cancellationToken);
            foreach (var entity in found)
            {
                writer.UpdateDocument(SearchDocuments.EntityKey(entity.Id), SearchDocuments.Entity(entity));
                if (SearchDocuments.Profile(entity) is { } profile)
                    writer.UpdateDocument(SearchDocuments.ProfileKey(entity.Id), profile);
                else
                    writer.DeleteDocuments(SearchDocuments.ProfileKey(entity.Id));
            }
            foreach (var gone in chunk.Except(found.Select(e => e.Id)))
                writer.DeleteDocuments(SearchDocuments.EntityKey(gone), SearchDocuments.ProfileKey(gone));
        }
    }

    private async Task<RebuildReport> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Changes up to this id are in what is read next; later ones are applied by catching up.
        var mark = await log.LastIdAsync(cancellationToken);
        var built = Open(IndexGenerations.Next(root), create: true);
        try
        {
            var articles = await AddArticlesAsync(built.Writer, cancellationToken);
            var entities = await source.EntitiesAsync(null, cancellationToken);
            Parallel.ForEach(entities, new ParallelOptions { CancellationToken = cancellationToken }, entity =>
            {
                built.Writer.AddDocument(SearchDocuments.Entity(entity));
                if (SearchDocuments.Profile(entity) is { } profile)
                    built.Writer.AddDocument(profile);
            });
            built.Writer.SetCommitData(IndexGenerations.Data(mark, database));
            built.Writer.Commit();
            built.Searchers.MaybeRefreshBlocking();
            Swap(built, mark);
            IndexGenerations.RemoveAllBut(root, built.Path);
            var report = new RebuildReport(articles, entities.Count, clock.Elapsed);
            LogRebuilt(built.Path, report.Articles, report.Entities, report.Elapsed.TotalSeconds, report.ArticlesPerSecond);
            return report;
        }
        catch
        {
            built.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next chunk while this one is analysed on every core.</summary>
    private async Task<int> AddArticlesAsync(IndexWriter writer, CancellationToken cancellationToken)
    {
        const int ChunkSize = 1000;
        var count = 0;
        var next = source.ArticlesAfterAsync(0, ChunkSize, cancellationToken);
        while (true)
        {
            var chunk = await next;
            if (chunk.Count == 0)
                return count;
            next = source.ArticlesAfterAsync(chunk[^1].Id, ChunkSize, cancellationToken);
            var published = chunk.Where(a => a.Status == ArticleStatus.Published).ToList();
            Parallel.ForEach(published, new ParallelOptions { CancellationToken = cancellationToken },
                article => writer.AddDocument(SearchDocuments.Article(article)));
            count += published.Count;
        }
    }

    /// <summary>One process per index folder: a second one (the CLI while the app runs) would delete
    /// the generations the first is writing.</summary>
    private void LockFolder()
    {
        if (folderLock is not null)
            return;
        System.IO.Directory.CreateDirectory(root);
        try
        {
            folderLock = new FileStream(System.IO.Path.Combine(root, "instance.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SearchIndexInUseException(root, e);
        }
    }

    private static OpenIndex Open(string path, bool create)
    {
        var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, ArchiveAnalyzers.PerField)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var writer = new IndexWriter(directory, config);
        return new OpenIndex(path, directory, writer, new SearcherManager(writer, true, new Bm25Searchers()));
    }

    private void Swap(OpenIndex next, long mark)
    {
        var previous = Interlocked.Exchange(ref open, next);
        Interlocked.Exchange(ref watermark, mark);
        lastCommit = Stopwatch.GetTimestamp();
        if (previous is null)
            return;
        // Nothing more is written to the old generation; searches that leased one of its searchers
        // before the swap may still be reading it, so its files stay open a while longer.
        previous.Writer.Rollback();
        _ = Task.Delay(RetireAfter).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
    }

    private void Commit()
    {
        var current = open!;
        current.Writer.SetCommitData(IndexGenerations.Data(Watermark, database));
        current.Writer.Commit();
        lastCommit = Stopwatch.GetTimestamp();
    }

    public void Dispose()
    {
        gate.Wait();
        try
        {
            if (open is not null && database.Length > 0)
                Commit();
            open?.Dispose();
            open = null;
            folderLock?.Dispose();
            folderLock = null;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index opened at {Path}, change {Watermark}")]
    private partial void LogOpened(string path, long watermark);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built at {Path}: {Articles} articles, {Entities} entities in {Seconds:0.0} s ({Rate:0} articles/s)")]
    private partial void LogRebuilt(string path, int articles, int entities, double seconds, double rate);
}

/// <summary>Another process (a running web instance) holds the index folder.</summary>
public sealed class SearchIndexInUseException(string path, Exception inner)
    : Exception($"Another process is using the search index at {path}.", inner)
{
    public string Path { get; } = path;
}

public sealed record RebuildReport(int Articles, int Entities, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-6);
}

/// <summary>One request's hold on a searcher: the index may be refreshed meanwhile without closing it.</summary>
public sealed class SearchLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
