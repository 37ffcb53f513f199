using System.Text.Json.Nodes;
using static CrimeArchive.Import.Tests.Quality.ExtractionScorer;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The scorer's relationship check: both sides' relationships become keys over entity ids,
/// gold ids for annotated entities and, through the entity pairing, for the predicted entities
/// matched to them; a key is right when the gold has it too.</summary>
internal static class RelationshipChecks
{
    private static readonly HashSet<string> Symmetric = ["sibling-of", "rival-of", "ally-of"];

    public static void Score(
        ScoreReport report, List<string> line, JsonObject g, JsonObject p,
        Dictionary<string, IReadOnlyList<(int Gold, int Pred)>> pairings, bool verbose)
    {
        var goldIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var predIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in EntityKinds)
        {
            var ge = List(g[k]);
            var pe = List(p[k]);
            for (var gi = 0; gi < ge.Count; gi++)
            {
                foreach (var n in ScoreNames.Names(ge[gi]))
                    goldIds.TryAdd(n, PyRepr.Id(k, gi));
            }
            var back = pairings[k].ToDictionary(x => x.Pred, x => x.Gold);
            for (var pi = 0; pi < pe.Count; pi++)
            {
                var id = back.TryGetValue(pi, out var gi) ? PyRepr.Id(k, gi) : PyRepr.Id(k, $"p{pi}");
                foreach (var n in ScoreNames.Names(pe[pi]))
                    predIds.TryAdd(n, id);
            }
        }
        var gr = List(g["relationships"]).Select(r => Key(r, goldIds)).ToHashSet(StringComparer.Ordinal);
        var pr = List(p["relationships"]).Select(r => Key(r, predIds)).ToHashSet(StringComparer.Ordinal);
        var right = gr.Count(pr.Contains);
        var tally = report.Totals["relationships"];
        tally.Right += right;
        tally.Given += pr.Count;
        tally.Annotated += gr.Count;
        line.Add($"rels {right}/{pr.Count}p/{gr.Count}g");
        if (!verbose)
            return;
        foreach (var r in gr.Except(pr).Order(StringComparer.Ordinal))
            report.Rows.Add($"  missed relationship: {r}");
        foreach (var r in pr.Except(gr).Order(StringComparer.Ordinal))
            report.Rows.Add($"  extra relationship: {r}");
    }

    /// <summary>A relationship as python's tuple repr: resolved ends become entity ids, symmetric
    /// types put the smaller id first, unresolved ones keep their normalized names.</summary>
    private static string Key(JsonNode? relationship, Dictionary<string, string> ids)
    {
        var subject = ScoreNames.Norm(relationship?["subject"]);
        var obj = ScoreNames.Norm(relationship?["object"]);
        var type = Str(relationship?["type"]);
        if (!ids.TryGetValue(subject, out var s) || !ids.TryGetValue(obj, out var o))
            return $"('unresolved', {PyRepr.Of(subject)}, {PyRepr.Of(type)}, {PyRepr.Of(obj)})";
        if (type is not null && Symmetric.Contains(type) && string.CompareOrdinal(o, s) < 0)
            (s, o) = (o, s);
        return $"({s}, {PyRepr.Of(type)}, {o})";
    }
}
