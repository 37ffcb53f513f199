using CrimeArchive.Data.LocalPostgres;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Web.Hosting;

/// <summary>The archive's database for this app: ConnectionStrings:Archive when set, else the private
/// cluster. Opened once the app is built (starting a cluster is slow I/O that registration should not
/// do); a singleton the container disposes at exit, which stops a private cluster it started.</summary>
public sealed class ArchiveDatabase(
    IConfiguration configuration, IOptions<DatabaseOptions> options, IHostEnvironment environment, ILoggerFactory loggers)
    : IAsyncDisposable
{
    private ArchiveConnection? connection;

    public ArchiveConnection Connection => connection
        ?? throw new InvalidOperationException("The archive's database is opened by PrepareArchiveAsync, after the app is built and before it runs.");

    public string ConnectionString => Connection.ConnectionString;

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (connection is not null)
            return;
        var localData = options.Value.LocalDataDirectory
            ?? Path.Combine(RepositoryPaths.Root(environment.ContentRootPath), ".data", "postgres");
        connection = await ArchiveConnection.OpenAsync(
            configuration.GetConnectionString("Archive"), localData, loggers.CreateLogger("CrimeArchive.Database"), cancellationToken);
    }

    public ValueTask DisposeAsync() => connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}
