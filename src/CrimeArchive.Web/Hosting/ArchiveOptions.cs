namespace CrimeArchive.Web.Hosting;

public sealed class DatabaseOptions
{
    /// <summary>Apply migrations at start-up. Unset: only in Development or on the private local
    /// cluster; production applies them on purpose with `crimearchive migrate`.</summary>
    public bool? MigrateOnStartup { get; set; }
    /// <summary>Where the private cluster lives when no connection string is set (default: .data/postgres at the repo root).</summary>
    public string? LocalDataDirectory { get; set; }
}

public sealed class ImportOptions
{
    public string? SeedsFolder { get; set; }
    public bool ImportSeedsWhenEmpty { get; set; } = true;
}
