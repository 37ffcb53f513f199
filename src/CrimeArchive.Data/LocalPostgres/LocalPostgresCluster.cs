using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrimeArchive.Data.LocalPostgres;

/// <summary>A private PostgreSQL cluster made from the machine's own server binaries, for when no
/// connection string is configured: under .data/ for the app, in a throwaway folder for tests.</summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly PostgresCommands commands;
    private readonly string dataDirectory;
    private readonly bool throwaway;
    private readonly bool startedHere;
    private readonly ILogger logger;

    private LocalPostgresCluster(PostgresCommands commands, string dataDirectory, int port, bool throwaway, bool startedHere, ILogger logger)
    {
        this.commands = commands;
        this.dataDirectory = dataDirectory;
        this.throwaway = throwaway;
        this.startedHere = startedHere;
        this.logger = logger;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        // Pages and tests open and close connections often; pooling keeps that cheap.
        Pooling = true,
    }.ConnectionString;

    /// <summary>Starts the cluster in <paramref name="dataDirectory"/>, creating it first if needed.
    /// A cluster already running there (another instance of the app, the CLI) is reused and left running.</summary>
    public static async Task<LocalPostgresCluster> StartAsync(
        string dataDirectory, bool throwaway, ILogger logger, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find() ?? throw new LocalPostgresUnavailableException(PostgresBinaries.MissingMessage);
        var commands = new PostgresCommands(binaries, logger);
        dataDirectory = Path.GetFullPath(dataDirectory);
        var portFile = Path.Combine(dataDirectory, "crimearchive.port");

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            logger.LogInformation("Creating a private PostgreSQL cluster in {DataDirectory}", dataDirectory);
            await commands.InitAsync(dataDirectory, cancellationToken);
        }
        else if (await commands.IsRunningAsync(dataDirectory, cancellationToken) && File.Exists(portFile))
        {
            var runningPort = int.Parse(await File.ReadAllTextAsync(portFile, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            logger.LogInformation("Using the PostgreSQL cluster already running in {DataDirectory} on port {Port}", dataDirectory, runningPort);
            return new LocalPostgresCluster(commands, dataDirectory, runningPort, throwaway, startedHere: false, logger);
        }

        var port = FreePort();
        await commands.StartAsync(dataDirectory, port, fast: throwaway, cancellationToken);
        await File.WriteAllTextAsync(portFile, port.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        logger.LogInformation("Started PostgreSQL {Version} in {DataDirectory} on port {Port}", binaries.Version, dataDirectory, port);
        return new LocalPostgresCluster(commands, dataDirectory, port, throwaway, startedHere: true, logger);
    }

    public async ValueTask DisposeAsync()
    {
        if (!startedHere)
            return;
        // This process's idle pooled connections are not other clients.
        NpgsqlConnection.ClearAllPools();
        if (!throwaway && await OtherClientsAsync() > 0)
        {
            // Another process (the app, the CLI) still uses the cluster it found running.
            logger.LogInformation("Leaving the PostgreSQL cluster in {DataDirectory} running for its other clients", dataDirectory);
            return;
        }
        await commands.StopAsync(dataDirectory, CancellationToken.None);
        logger.LogInformation("Stopped the PostgreSQL cluster in {DataDirectory}", dataDirectory);
        if (throwaway)
        {
            try { Directory.Delete(dataDirectory, recursive: true); }
            catch (IOException e) { logger.LogWarning(e, "Could not remove {DataDirectory}", dataDirectory); }
        }
    }

    private async Task<long> OtherClientsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()", connection);
            return (long)(await count.ExecuteScalarAsync() ?? 0L);
        }
        catch (NpgsqlException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class LocalPostgresUnavailableException(string message) : Exception(message);
