namespace CrimeArchive.Data.LocalPostgres;

/// <summary>Where the server's programs are: $CRIMEARCHIVE_PG_BIN, else the newest
/// /usr/lib/postgresql/&lt;version&gt;/bin (Debian's layout, not on PATH), else initdb on PATH.</summary>
public sealed record PostgresBinaries(string Directory, string Version)
{
    public const string MissingMessage =
        "No PostgreSQL server programs (initdb, pg_ctl) were found, and no connection string is configured. " +
        "Either install them (Debian/Ubuntu: `sudo apt-get install postgresql postgresql-contrib`; " +
        "or set CRIMEARCHIVE_PG_BIN to the folder that holds initdb and pg_ctl), " +
        "or point the app at an existing server with ConnectionStrings__Archive=\"Host=...;Database=crimearchive;Username=...;Password=...\", " +
        "or run everything in containers with `docker compose up`.";

    public string Program(string name) => Path.Combine(Directory, name);

    public static PostgresBinaries? Find() => Find(Environment.GetEnvironmentVariable("CRIMEARCHIVE_PG_BIN"));

    public static PostgresBinaries? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServer(configured) ? new PostgresBinaries(configured, "configured") : null;

        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var newest = System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: Path.GetFileName(d)))
                .Where(d => HasServer(d.Dir))
                .OrderByDescending(d => int.TryParse(d.Version, out var v) ? v : 0)
                .FirstOrDefault();
            if (newest.Dir is not null)
                return new PostgresBinaries(newest.Dir, newest.Version);
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServer);
        return onPath is null ? null : new PostgresBinaries(onPath, "from PATH");
    }

    private static bool HasServer(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
