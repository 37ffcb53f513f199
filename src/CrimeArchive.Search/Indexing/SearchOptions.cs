using System.ComponentModel.DataAnnotations;

namespace CrimeArchive.Search.Indexing;

public sealed class SearchOptions
{
    /// <summary>This instance's index folder (every web instance has its own). Unset: .data/search
    /// at the repository root. Deleting it loses nothing: it is rebuilt from the database at start.</summary>
    public string? IndexPath { get; set; }

    /// <summary>How long the change log keeps rows. An instance whose index is older than that
    /// rebuilds at start instead of catching up.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "365.00:00:00")]
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the feeder looks at the change log when no notification woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
