using System.Text.Json.Nodes;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>A C# port of /work/shared/tools/score-extract: scores extract-format JSON records against
/// hand annotations with the same matching (greedy pairing by shared normalized names, relationship
/// keys through that pairing, symmetric types, alias sets, merges, metadata, chrome leaks, rejects)
/// and prints the same report, so a number here means what the python scorer's number means.</summary>
public static class ExtractionScorer
{
    internal static readonly string[] EntityKinds = ["groups", "people", "places"];

    /// <param name="gold">Annotation records by file name.</param>
    /// <param name="predictions">Extract output records by file name (the last path part).</param>
    public static ScoreReport Score(
        IReadOnlyDictionary<string, JsonObject> gold, IReadOnlyDictionary<string, JsonObject> predictions, bool verbose = true)
    {
        var report = new ScoreReport();
        foreach (var (file, g) in gold.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            predictions.TryGetValue(file, out var p);
            if (Truthy(g["reject"]))
                ScoreReject(report, file, g, p);
            else if (p is null || Truthy(p["error"]) || Truthy(p["skipped"]))
                ScoreMissing(report, file, g, p);
            else
                ScoreFile(report, file, g, p, verbose);
        }
        return report;
    }

    private static void ScoreReject(ScoreReport report, string file, JsonObject g, JsonObject? p)
    {
        report.Rejects++;
        if (p is not null && (Truthy(p["skipped"]) || Truthy(p["error"])))
        {
            report.SkippedRight++;
            report.Rows.Add($"{file}: skipped as it should be");
            return;
        }
        foreach (var k in EntityKinds.Append("relationships"))
            report.Totals[k].Given += List(p?[k]).Count;
        report.Rows.Add($"{file}: should have been skipped ({Str(g["why"]) ?? "not an article"})");
    }

    private static void ScoreMissing(ScoreReport report, string file, JsonObject g, JsonObject? p)
    {
        report.Missing++;
        var why = p is null ? "" : $" ({(Truthy(p["error"]) ? Str(p["error"]) : Str(p["skipped"]))})";
        report.Rows.Add($"{file}: no extraction{why}");
        foreach (var k in EntityKinds.Append("relationships"))
            report.Totals[k].Annotated += List(g[k]).Count;
    }

    private static void ScoreFile(ScoreReport report, string file, JsonObject g, JsonObject p, bool verbose)
    {
        var line = new List<string> { file };
        var rows = report.Rows;
        var pairings = new Dictionary<string, IReadOnlyList<(int Gold, int Pred)>>();
        foreach (var k in EntityKinds)
        {
            var ge = List(g[k]);
            var pe = List(p[k]);
            var pairs = ScoreNames.Match(ge, pe);
            pairings[k] = pairs;
            var tally = report.Totals[k];
            tally.Right += pairs.Count;
            tally.Given += pe.Count;
            tally.Annotated += ge.Count;
            line.Add($"{k} {pairs.Count}/{pe.Count}p/{ge.Count}g");
            if (verbose)
            {
                var matchedGold = pairs.Select(x => x.Gold).ToHashSet();
                var matchedPred = pairs.Select(x => x.Pred).ToHashSet();
                for (var gi = 0; gi < ge.Count; gi++)
                {
                    if (!matchedGold.Contains(gi))
                        rows.Add($"  missed {k[..^1]}: {EntityName(ge[gi])}");
                }
                for (var pi = 0; pi < pe.Count; pi++)
                {
                    if (!matchedPred.Contains(pi))
                        rows.Add($"  extra {k[..^1]}: {EntityName(pe[pi])}");
                }
            }
            if (k is "groups" or "people")
                ScoreAliasSets(report, k, ge, pe, verbose);
        }
        RelationshipChecks.Score(report, line, g, p, pairings, verbose);
        ScoreFactbox(report, g, p);
        MetadataChecks.Score(report, line, g, p, verbose);
        ScoreLeaks(report, line, g, p, verbose);
        rows.Add(string.Join("  ", line));
    }

    private static void ScoreAliasSets(ScoreReport report, string k, List<JsonNode?> ge, List<JsonNode?> pe, bool verbose)
    {
        var predNames = pe.Select(ScoreNames.Names).ToList();
        foreach (var e in ge)
        {
            var gn = ScoreNames.Names(e);
            if (gn.Count < 2)
                continue;
            report.AliasSets++;
            if (predNames.Any(gn.IsSubsetOf))
                report.AliasSetsKept++;
            else if (verbose)
                report.Rows.Add($"  aliases not grouped: {PyRepr.SortedList(gn)}");
        }
        var goldNames = ge.Select(ScoreNames.Names).ToList();
        foreach (var pn in predNames)
        {
            if (goldNames.Count(gn => gn.Overlaps(pn)) > 1)
            {
                report.OverMerges++;
                if (verbose)
                    report.Rows.Add($"  merges two gold {k}: {PyRepr.SortedList(pn)}");
            }
        }
    }

    private static void ScoreFactbox(ScoreReport report, JsonObject g, JsonObject p)
    {
        static HashSet<string> Facts(JsonNode? box) =>
            box is JsonObject obj
                ? obj.Select(kv => ScoreNames.Norm(kv.Key) + "\u0000" + ScoreNames.Norm(kv.Value)).ToHashSet(StringComparer.Ordinal)
                : [];
        var gf = Facts(g["factbox"]);
        var pf = Facts(p["factbox"]);
        var tally = report.Totals["factbox"];
        tally.Right += gf.Count(pf.Contains);
        tally.Given += pf.Count;
        tally.Annotated += gf.Count;
    }

    private static void ScoreLeaks(ScoreReport report, List<string> line, JsonObject g, JsonObject p, bool verbose)
    {
        var parts = new List<string> { Str(p["body"]) ?? "", Str(p["analysis"]) ?? "" };
        foreach (var section in List(p["sections"]))
            parts.Add((Str(section?["heading"]) ?? "") + "\n" + (Str(section?["body"]) ?? ""));
        var text = string.Join("\n", parts);
        var leaked = List(g["boilerplate_lines"])
            .Select(b => Str(b) ?? "")
            .Where(b => b.Trim().Length > 0 && text.Contains(b.Trim(), StringComparison.Ordinal))
            .ToList();
        report.Leaks += leaked.Count;
        if (leaked.Count == 0)
            return;
        line.Add($"chrome leaked: {leaked.Count}");
        if (verbose)
        {
            foreach (var b in leaked)
                report.Rows.Add($"  leaked: {(b.Length > 80 ? b[..80] : b)}");
        }
    }

    private static string EntityName(JsonNode? e) => e is JsonObject obj ? PyRepr.Plain(obj["name"]) : PyRepr.Plain(e);

    internal static List<JsonNode?> List(JsonNode? node) => node is JsonArray array ? [.. array] : [];

    internal static string? Str(JsonNode? node) => node is null ? null : ScoreNames.AsText(node);

    /// <summary>Python truthiness of a JSON value.</summary>
    internal static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };
}
