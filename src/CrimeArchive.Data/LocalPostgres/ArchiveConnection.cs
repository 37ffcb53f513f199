using Microsoft.Extensions.Logging;

namespace CrimeArchive.Data.LocalPostgres;

/// <summary>The database the app or the CLI talks to: the configured connection string when there
/// is one (it always wins), else the private cluster in <c>.data/postgres</c>, started on demand.</summary>
public sealed class ArchiveConnection : IAsyncDisposable
{
    public const string DatabaseName = "crimearchive";

    private ArchiveConnection(string connectionString, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        Cluster = cluster;
    }

    public string ConnectionString { get; }
    public LocalPostgresCluster? Cluster { get; }
    public bool IsLocalCluster => Cluster is not null;

    public static async Task<ArchiveConnection> OpenAsync(
        string? configuredConnectionString, string localDataDirectory, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(configuredConnectionString))
            return new ArchiveConnection(configuredConnectionString, null);
        var cluster = await LocalPostgresCluster.StartAsync(localDataDirectory, throwaway: false, logger, cancellationToken);
        return new ArchiveConnection(cluster.ConnectionString(DatabaseName), cluster);
    }

    public ValueTask DisposeAsync() => Cluster?.DisposeAsync() ?? ValueTask.CompletedTask;
}
