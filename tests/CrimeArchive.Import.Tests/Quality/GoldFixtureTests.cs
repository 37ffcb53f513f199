using System.Text.Json.Nodes;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The annotations must be about their texts: every surface form, chrome line and factbox
/// entry they name is in the text, and every relationship joins annotated entities. Catches a typo
/// in a gold file before it turns into a false failure of the extractor.</summary>
public class GoldFixtureTests
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("dev")]
    [InlineData("own")]
    public void Every_annotation_names_something_its_text_says(string corpus)
    {
        var problems = new List<string>();
        var gold = ExtractionCorpus.LoadGold(FixturePaths.Gold(corpus));
        foreach (var (file, record) in gold)
        {
            var path = Path.Combine(FixturePaths.Texts(corpus), file);
            if (!File.Exists(path))
            {
                problems.Add($"{file}: no such text");
                continue;
            }
            if (record["reject"] is null)
                problems.AddRange(Check(record, File.ReadAllText(path)).Select(p => $"{file}: {p}"));
        }
        var texts = Directory.GetFiles(FixturePaths.Texts(corpus), "*.txt").Select(Path.GetFileName);
        problems.AddRange(texts.Where(t => !gold.ContainsKey(t!)).Select(t => $"{t}: text has no annotation"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Check(JsonObject record, string text)
    {
        var boilerplate = ExtractionScorer.List(record["boilerplate_lines"]).Select(b => ExtractionScorer.Str(b)!.Trim()).ToHashSet();
        foreach (var line in boilerplate.Where(b => !text.Contains(b, StringComparison.Ordinal)))
            yield return $"chrome line not in the text: {line}";
        var content = string.Join("\n", text.Split('\n').Where(l => !boilerplate.Contains(l.Trim())));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in new[] { "groups", "people", "places" })
        {
            foreach (var entity in ExtractionScorer.List(record[kind]))
            {
                names.UnionWith(ScoreNames.Names(entity));
                var surfaces = entity is JsonObject obj ? ExtractionScorer.List(obj["aliases"]) : [entity];
                foreach (var surface in surfaces.Select(ExtractionScorer.Str))
                {
                    if (!content.Contains(surface!, StringComparison.Ordinal))
                        yield return $"{kind}: surface form not in the text outside chrome: {surface}";
                }
            }
        }
        foreach (var r in ExtractionScorer.List(record["relationships"]))
        {
            foreach (var end in new[] { r?["subject"], r?["object"] })
            {
                if (!names.Contains(ScoreNames.Norm(end)))
                    yield return $"relationship end is no annotated entity: {ExtractionScorer.Str(end)}";
            }
        }
        if (record["factbox"] is JsonObject factbox)
        {
            foreach (var (label, value) in factbox)
            {
                if (!text.Contains(label, StringComparison.Ordinal) || !text.Contains(ExtractionScorer.Str(value)!, StringComparison.Ordinal))
                    yield return $"factbox entry not in the text: {label}: {ExtractionScorer.Str(value)}";
            }
        }
    }
}
