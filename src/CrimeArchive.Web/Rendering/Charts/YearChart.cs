using CrimeArchive.Web.Reading.Profiles;

namespace CrimeArchive.Web.Rendering.Charts;

/// <summary>A bar per year from the first to the last year with articles (empty years included, so
/// gaps show), undated articles left out.</summary>
public sealed record YearChart(IReadOnlyList<YearBar> Bars, int Max)
{
    public const int Width = 640;
    public const int Height = 130;
    public const int Baseline = 104;
    private const int Left = 36, Right = 10, Top = 16;
    /// <summary>A year or two of articles would otherwise draw slabs across the whole chart.</summary>
    private const double MaxBarWidth = 36;

    public int First => Bars[0].Year;

    public int Last => Bars[^1].Year;

    public static YearChart? For(IReadOnlyList<YearCount> years)
    {
        var dated = years.Where(y => y.Year is not null).ToDictionary(y => y.Year!.Value, y => y.Articles);
        if (dated.Count == 0)
            return null;
        var (first, last) = (dated.Keys.Min(), dated.Keys.Max());
        var max = dated.Values.Max();
        var slot = (double)(Width - Left - Right) / (last - first + 1);
        var bars = Enumerable.Range(first, last - first + 1).Select(year =>
        {
            var count = dated.GetValueOrDefault(year);
            var height = (Baseline - Top) * count / (double)max;
            var width = Math.Min(slot * 0.7, MaxBarWidth);
            return new YearBar(year, count, Left + ((year - first) * slot) + ((slot - width) / 2), Baseline - height, width, height);
        }).ToList();
        return new YearChart(bars, max);
    }

    /// <summary>Every year when there are few, else every few years, so the labels never overlap.</summary>
    public bool Labels(YearBar bar)
    {
        var step = Math.Max(1, (int)Math.Ceiling(Bars.Count / 12.0));
        return (bar.Year - First) % step == 0 || bar.Year == Last;
    }

    public string MaxY => Svg.Number(Top + 4);

    /// <summary>"2012" for one year, "2009–2014" for several.</summary>
    public string Span => First == Last ? First.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{First}–{Last}";
}

public sealed record YearBar(int Year, int Articles, double X, double Y, double Width, double Height)
{
    public string Px => Svg.Number(X);

    public string Py => Svg.Number(Y);

    public string PWidth => Svg.Number(Width);

    public string PHeight => Svg.Number(Height);

    public string LabelX => Svg.Number(X + (Width / 2));
}
