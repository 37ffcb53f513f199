using System.ComponentModel.DataAnnotations;

namespace CrimeArchive.Web.Hosting;

/// <summary>The "Database" section. The connection string itself is ConnectionStrings:Archive.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations at start-up. Unset: only in Development or on the private local
    /// cluster; production applies them on purpose with `crimearchive migrate`.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Where the private cluster lives when no connection string is set (default: .data/postgres at the repo root).</summary>
    [OptionalFolder]
    public string? LocalDataDirectory { get; set; }
}

/// <summary>The "Import" section: the seed texts imported into an empty archive at start.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Default: seeds/ at the repo root.</summary>
    [OptionalFolder]
    public string? SeedsFolder { get; set; }

    public bool ImportSeedsWhenEmpty { get; set; } = true;
}

/// <summary>A folder setting that may be left unset (a default applies) but, when set, names a
/// folder: a blank value (an empty environment variable) would otherwise quietly mean the working
/// directory, or no seeds at all.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionalFolderAttribute() : ValidationAttribute("{0} is set but names no folder; leave it unset for the default or give a path.")
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string path => !string.IsNullOrWhiteSpace(path) && path.IndexOfAny(Path.GetInvalidPathChars()) < 0,
        _ => false,
    };
}
