using System.Text.Json.Nodes;
using static CrimeArchive.Import.Tests.Quality.ExtractionScorer;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The scorer's metadata checks: title, date, author, analysis section, and kind and
/// country where the annotation says the text tells them.</summary>
internal static class MetadataChecks
{
    public static void Score(ScoreReport report, List<string> line, JsonObject g, JsonObject p, bool verbose)
    {
        var checks = new List<(string Field, bool Right)>
        {
            ("title", Truthy(g["title"])
                ? ScoreNames.Norm(g["title"]) == ScoreNames.Norm(p["title"])
                : p["title"] is null || Truthy(p["titleDerived"])),
            ("date", (Truthy(g["date"]) ? Str(g["date"]) : null) == (Truthy(p["date"]) ? Str(p["date"]) : null)),
            ("author", ScoreNames.Norm(g["author"]) == ScoreNames.Norm(p["author"])),
            ("analysis", Truthy(g["has_analysis_section"]) == Truthy(p["analysis"])),
        };
        if (g["kind"] is not null)
            checks.Add(("kind", Str(g["kind"]) == Str(p["kind"])));
        if (g.ContainsKey("country"))
            checks.Add(("country", ScoreNames.Norm(g["country"]) == ScoreNames.Norm(p["country"])));

        report.MetadataChecked += checks.Count;
        report.MetadataRight += checks.Count(c => c.Right);
        var bad = checks.Where(c => !c.Right).Select(c => c.Field).ToList();
        if (bad.Count == 0)
            return;
        foreach (var field in bad)
            report.MetadataWrong[field] = report.WrongMetadata(field) + 1;
        line.Add("meta wrong: " + string.Join(",", bad));
        if (!verbose)
            return;
        foreach (var field in bad)
        {
            var goldValue = g[field == "analysis" ? "has_analysis_section" : field];
            report.Rows.Add($"  {field}: gold {PyRepr.Of(goldValue)} got {PyRepr.Of(p[field])}");
        }
    }
}
