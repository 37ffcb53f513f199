using System.Diagnostics;
using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Search.Indexing;

/// <summary>This instance's search index: derived from the database, built when missing or stale,
/// kept current from the change log. One process per folder; searches lease refreshed searchers.</summary>
public sealed partial class SearchIndex(
    IOptions<SearchOptions> options, IDbContextFactory<ArchiveDbContext> contexts, ILogger<SearchIndex> logger) : IDisposable
{
    private const int ChangesPerRound = 5000;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IndexSource source = new(contexts);
    private readonly ChangeLogReader log = new(contexts);
    private readonly IndexFolder folder = new(options.Value.IndexPath ?? throw new InvalidOperationException("Search:IndexPath is not set."));
    private OpenIndex? open;
    private string database = "";
    private long watermark;
    private long lastCommit;

    /// <summary>Completes once the index can answer (built or opened, and caught up once).</summary>
    public Task WhenReady => ready.Task;

    public bool IsReady => ready.Task.IsCompleted;

    /// <summary>The last change-log id the index reflects.</summary>
    public long Watermark => Interlocked.Read(ref watermark);

    /// <summary>Opens the index, or builds it when it is missing, from another database, of an older
    /// layout, or older than the change log reaches; then catches up. Safe to call again after a failure.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            folder.Lock();
            if (open is null)
            {
                database = await log.DatabaseIdentityAsync(cancellationToken);
                var usable = IndexGenerations.FindUsable(folder.Root, database);
                if (usable is not null && await log.CoversAsync(usable.Watermark, cancellationToken))
                {
                    Swap(OpenIndex.Open(usable.Path, create: false), usable.Watermark);
                    LogOpened(usable.Path, usable.Watermark);
                }
                else
                    await RebuildLockedAsync(cancellationToken);
            }
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
            folder.Lock();
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
        return new SearchLease(current.Searchers, current.Searchers.Acquire());
    }

    /// <summary>Makes what has been applied durable, with the log position it reached.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (open is not null)
                Commit();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        var applier = new ChangeApplier(source, logger);
        while (await log.AfterAsync(Watermark, ChangesPerRound, cancellationToken) is { Count: > 0 } changes)
        {
            var last = changes[^1].Id;
            // A gap after the watermark is a rolled-back writer's id, or rows pruned before this
            // instance read them: then it cannot catch up and rebuilds instead.
            var pruned = changes[0].Id > Watermark + 1 && !await log.CoversAsync(Watermark, cancellationToken);
            if (pruned || changes.Any(c => c.Known == SearchChangeKind.Rebuild))
                await RebuildLockedAsync(cancellationToken);
            else
                await applier.ApplyAsync(open!.Writer, changes, cancellationToken);
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

    private async Task<RebuildReport> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var mark = await log.MarkAsync(cancellationToken);
        var built = OpenIndex.Open(IndexGenerations.Next(folder.Root), create: true);
        (int Articles, int Entities) counts;
        try
        {
            counts = await IndexBuilder.FillAsync(built.Writer, source, cancellationToken);
            built.Writer.SetCommitData(IndexGenerations.Data(mark, database));
            built.Writer.Commit();
            built.Searchers.MaybeRefreshBlocking();
        }
        catch
        {
            built.Dispose();
            throw;
        }
        Swap(built, mark);
        var report = new RebuildReport(counts.Articles, counts.Entities, clock.Elapsed);
        LogRebuilt(built.Path, report.Articles, report.Entities, report.Elapsed.TotalSeconds, report.ArticlesPerSecond);
        try
        {
            IndexGenerations.RemoveAllBut(folder.Root, built.Path);
        }
        catch (IOException e)
        {
            LogCleanupFailed(e, folder.Root);
        }
        return report;
    }

    private void Swap(OpenIndex next, long mark)
    {
        var previous = Interlocked.Exchange(ref open, next);
        Interlocked.Exchange(ref watermark, mark);
        lastCommit = Stopwatch.GetTimestamp();
        if (previous is null)
            return;
        // Searches that leased one of the old generation's searchers before the swap may still be
        // reading it: its files stay open a while longer.
        _ = Task.Delay(RetireAfter).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
    }

    private void Commit()
    {
        var current = open!;
        current.Writer.SetCommitData(IndexGenerations.Data(Watermark, database));
        current.Writer.Commit();
        lastCommit = Stopwatch.GetTimestamp();
    }

    /// <summary>Closes without committing (the feeder commits when it stops): what was applied since
    /// the last commit is applied again from the log next time.</summary>
    public void Dispose()
    {
        gate.Wait();
        try
        {
            open?.Dispose();
            open = null;
            folder.Dispose();
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index opened at {Path}, change {Watermark}")]
    private partial void LogOpened(string path, long watermark);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built at {Path}: {Articles} articles, {Entities} entities in {Seconds:0.0} s ({Rate:0} articles/s)")]
    private partial void LogRebuilt(string path, int articles, int entities, double seconds, double rate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Older search index generations in {Root} could not be removed")]
    private partial void LogCleanupFailed(Exception e, string root);
}
