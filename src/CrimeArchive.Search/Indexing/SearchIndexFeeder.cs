using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrimeArchive.Search.Indexing;

/// <summary>Keeps this instance's index current: opens or builds it at start, then applies the
/// change log whenever a writer's notification arrives, and at least every poll interval in case
/// one was missed (a dropped connection, a writer that does not notify).</summary>
public sealed partial class SearchIndexFeeder(
    SearchIndex index, IDbContextFactory<ArchiveDbContext> contexts, IOptions<SearchOptions> options, TimeProvider clock,
    IEnumerable<IArchiveChangeObserver> observers, ILogger<SearchIndexFeeder> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!index.IsReady && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await index.StartAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e, "start");
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
        // Whatever changed while the index was being built or opened is in it, but never comes back as
        // log rows to catch up on: observers hear of it now (a page cached before is dropped).
        foreach (var observer in observers)
            await observer.ArchiveChangedAsync(0, stoppingToken);
        var log = new ChangeLogReader(contexts);
        var lastPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                await using var listener = new NpgsqlConnection(db.Database.GetConnectionString());
                await listener.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {SearchChangeLog.Channel}", listener))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (await index.CatchUpAsync(stoppingToken) is > 0 and var changes)
                    {
                        foreach (var observer in observers)
                            await observer.ArchiveChangedAsync(changes, stoppingToken);
                    }
                    if (clock.GetUtcNow() - lastPrune > PruneEvery)
                    {
                        await log.PruneAsync(options.Value.ChangeLogRetention, stoppingToken);
                        lastPrune = clock.GetUtcNow();
                    }
                    await listener.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e, "catch up");
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    /// <summary>The last commit, with the log position reached, once the feeding has stopped.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (index.IsReady)
            await index.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index could not {Step}; trying again")]
    private partial void LogFailed(Exception e, string step);
}
