using Microsoft.Extensions.Options;

namespace CrimeArchive.Web.Editing.Articles;

public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>How often each instance looks for scheduled articles whose time has come.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>Publishes scheduled articles at their time. The schedule lives in the database, so an
/// article due while the app was down is published at the first check after it starts again.</summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, IOptions<PublishingOptions> options, ILogger<ScheduledPublishing> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ArticleEditing>().PublishDueAsync(stoppingToken);
                if (published > 0)
                    logger.LogInformation("Published {Count} scheduled articles", published);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next check tries again: a scheduled article is late, never lost.
                logger.LogWarning(e, "Scheduled articles could not be published this time");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
