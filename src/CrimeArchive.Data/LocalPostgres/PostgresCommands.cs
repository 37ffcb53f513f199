using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CrimeArchive.Data.LocalPostgres;

/// <summary>Runs initdb and pg_ctl. PostgreSQL refuses to run as root, so as root every command
/// runs as the `postgres` user (Debian's package creates it) and the data folder is given to it.</summary>
internal sealed class PostgresCommands(PostgresBinaries binaries, ILogger logger)
{
    private static readonly bool IsRoot = Environment.UserName == "root";

    public async Task InitAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (IsRoot)
            await RunAsync("chown", ["-R", "postgres:postgres", dataDirectory], asPostgres: false, cancellationToken);
        await RunAsync(binaries.Program("initdb"),
            ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            asPostgres: true, cancellationToken);
    }

    public async Task<bool> IsRunningAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var (exitCode, _) = await TryRunAsync(binaries.Program("pg_ctl"), ["status", "-D", dataDirectory], asPostgres: true, cancellationToken);
        return exitCode == 0;
    }

    public Task StartAsync(string dataDirectory, int port, bool fast, CancellationToken cancellationToken)
    {
        // Only loopback TCP, and the socket in the data folder, so that no system-wide path is needed.
        // pg_ctl hands -o to a shell: the folder is quoted for it.
        var quoted = "'" + dataDirectory.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var options = new StringBuilder($"-p {port} -k {quoted} -c listen_addresses=127.0.0.1 -c max_connections=200");
        if (fast)
            options.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        return RunAsync(binaries.Program("pg_ctl"),
            ["start", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60", "-o", options.ToString()],
            asPostgres: true, cancellationToken);
    }

    public Task StopAsync(string dataDirectory, CancellationToken cancellationToken) =>
        RunAsync(binaries.Program("pg_ctl"), ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-t", "60"], asPostgres: true, cancellationToken);

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await TryRunAsync(program, arguments, asPostgres, cancellationToken);
        if (exitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {exitCode}: {output.Trim()}");
    }

    private async Task<(int ExitCode, string Output)> TryRunAsync(
        string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server inherits the folder we start it from; postgres must be able to enter it.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", program])
                start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in arguments)
            start.ArgumentList.Add(a);

        logger.LogDebug("Running {Program} {Arguments}", program, arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        // pg_ctl start leaves the server holding inherited pipes open, so read output without waiting for EOF.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(500, cancellationToken)) is Task<string[]> both
            ? string.Concat(both.Result)
            : "";
        return (process.ExitCode, output);
    }
}
