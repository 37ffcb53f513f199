using System.Globalization;
using System.Text;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>Right / given / annotated counts for one kind of thing the scorer checks.</summary>
public sealed class Tally
{
    public int Right { get; set; }
    public int Given { get; set; }
    public int Annotated { get; set; }

    public double Precision => Given > 0 ? (double)Right / Given : Annotated == 0 ? 1.0 : 0.0;
    public double Recall => Annotated > 0 ? (double)Right / Annotated : 1.0;
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}

/// <summary>What score-extract prints, as numbers a test can assert on, plus the printed text.</summary>
public sealed class ScoreReport
{
    public static readonly string[] Categories = ["groups", "people", "places", "relationships", "factbox"];

    public Dictionary<string, Tally> Totals { get; } = Categories.ToDictionary(c => c, _ => new Tally());
    public List<string> Rows { get; } = [];
    public int AliasSetsKept { get; set; }
    public int AliasSets { get; set; }
    public int OverMerges { get; set; }
    public int MetadataRight { get; set; }
    public int MetadataChecked { get; set; }
    /// <summary>Wrong metadata per field name (title, date, author, kind, country, analysis); not printed
    /// by the python scorer, kept so tests can single out the fields they care about.</summary>
    public Dictionary<string, int> MetadataWrong { get; } = [];
    public int Leaks { get; set; }
    public int Missing { get; set; }
    public int SkippedRight { get; set; }
    public int Rejects { get; set; }

    public double EntitiesF1 => (Totals["groups"].F1 + Totals["people"].F1) / 2;
    public double PlacesF1 => Totals["places"].F1;
    public double RelationshipsF1 => Totals["relationships"].F1;

    public int WrongMetadata(string field) => MetadataWrong.GetValueOrDefault(field);

    public string SummaryLine =>
        $"SUMMARY entities-F1 {F(EntitiesF1)} places-F1 {F(PlacesF1)} relationships-F1 {F(RelationshipsF1)} "
        + $"aliases {AliasSetsKept}/{AliasSets} metadata {MetadataRight}/{MetadataChecked} leaks {Leaks} missing {Missing}"
        + (Rejects > 0 ? $" skipped {SkippedRight}/{Rejects}" : "");

    /// <summary>The whole printout, in the python scorer's format.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var row in Rows)
            text.Append(row).Append('\n');
        text.Append('\n');
        foreach (var category in Categories)
        {
            var t = Totals[category];
            text.Append(CultureInfo.InvariantCulture,
                $"{category,-14} precision {F(t.Precision)}  recall {F(t.Recall)}  F1 {F(t.F1)}   ({t.Right} right, {t.Given} given, {t.Annotated} annotated)\n");
        }
        text.Append(CultureInfo.InvariantCulture,
            $"alias grouping  {AliasSetsKept}/{AliasSets} annotated alias sets kept together; {OverMerges} entities merge two annotated ones\n");
        text.Append(CultureInfo.InvariantCulture,
            $"metadata        {MetadataRight}/{MetadataChecked} fields right; chrome lines leaked: {Leaks}; files with no extraction: {Missing}\n");
        if (Rejects > 0)
            text.Append(CultureInfo.InvariantCulture, $"not articles    {SkippedRight}/{Rejects} skipped\n");
        text.Append(SummaryLine).Append('\n');
        return text.ToString();
    }

    private static string F(double value) => PyRepr.TwoDecimals(value);
}
