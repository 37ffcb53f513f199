using System.Globalization;

namespace CrimeArchive.Web.Rendering;

/// <summary>The one way the site writes a date: "3 March 2021", or "Undated" with the year the text
/// mentions when it has one.</summary>
public static class Dates
{
    // The site is in English whatever the server's culture: month names must not follow the host.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Display(DateOnly? date, int? yearHint = null) => date switch
    {
        { } day => day.ToString("d MMMM yyyy", English),
        null when yearHint is { } year => $"Undated (the text mentions {year.ToString(English)})",
        null => "Undated",
    };

    /// <summary>A moment (an editor's decision) shown as its day in UTC, so every reader sees the same day.</summary>
    public static string Display(DateTimeOffset moment) => Display(DateOnly.FromDateTime(moment.UtcDateTime));
}
