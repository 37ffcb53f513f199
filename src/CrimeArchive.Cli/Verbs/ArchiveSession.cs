using CrimeArchive.Data;
using CrimeArchive.Data.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace CrimeArchive.Cli.Verbs;

/// <summary>The database a verb works on, found the way the web app finds it: ConnectionStrings__Archive
/// when set, else the private cluster under .data/ (started for the verb and stopped after it, or
/// left alone when the web app already runs it).</summary>
internal sealed class ArchiveSession : IAsyncDisposable, IDbContextFactory<ArchiveDbContext>
{
    private readonly SerilogLoggerFactory loggers;

    private ArchiveSession(ArchiveConnection connection, SerilogLoggerFactory loggers)
    {
        Connection = connection;
        this.loggers = loggers;
    }

    public ArchiveConnection Connection { get; }

    public ILoggerFactory Loggers => loggers;

    public static async Task<ArchiveSession> OpenAsync(CancellationToken cancellationToken)
    {
        // Messages go to stderr: stdout is for the verb's own output.
        var loggers = new SerilogLoggerFactory(new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger(), dispose: true);
        var root = RepositoryRoot();
        var connection = await ArchiveConnection.OpenAsync(
            Environment.GetEnvironmentVariable("ConnectionStrings__Archive"),
            Environment.GetEnvironmentVariable("Database__LocalDataDirectory") ?? Path.Combine(root, ".data", "postgres"),
            loggers.CreateLogger("CrimeArchive.Database"), cancellationToken);
        return new ArchiveSession(connection, loggers);
    }

    public ArchiveDbContext CreateDbContext() => ArchiveDb.CreateContext(Connection.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        loggers.Dispose();
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
                return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}
