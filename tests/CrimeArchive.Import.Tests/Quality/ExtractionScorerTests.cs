using System.Text.Json.Nodes;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The scorer must be trusted before its numbers are: it reproduces the python scorer's
/// report on perturbed predictions, and gets hand-made cases right.</summary>
public class ExtractionScorerTests
{
    // The .expected.txt files are the output of `score-extract GOLD PRED --verbose` (python) on
    // predictions made from the gold by dropping, splitting, merging, renaming and reversing things.
    [Theory]
    [InlineData("seeds", 1)]
    [InlineData("seeds", 2)]
    [InlineData("dev", 1)]
    [InlineData("dev", 2)]
    [InlineData("own", 1)]
    [InlineData("own", 2)]
    public void Scorer_prints_what_the_python_scorer_prints(string corpus, int sample)
    {
        var gold = ExtractionCorpus.LoadGold(FixturePaths.Gold(corpus));
        var scorer = Path.Combine(FixturePaths.Fixtures, "scorer", $"{corpus}-pred-{sample}");
        var predictions = ExtractionCorpus.ParseJsonLines(File.ReadAllText(scorer + ".jsonl"));

        var report = ExtractionScorer.Score(gold, predictions);

        Assert.Equal(File.ReadAllText(scorer + ".expected.txt"), report.ToString());
    }

    [Fact]
    public void Prediction_equal_to_the_gold_scores_full_marks()
    {
        var report = Score(Gold(), Prediction());

        Assert.Equal(1.0, report.EntitiesF1);
        Assert.Equal(1.0, report.PlacesF1);
        Assert.Equal(1.0, report.RelationshipsF1);
        Assert.Equal((1, 1), (report.AliasSetsKept, report.AliasSets));
        Assert.Equal(report.MetadataChecked, report.MetadataRight);
    }

    [Fact]
    public void Symmetric_relationship_counts_in_either_direction_but_leader_of_does_not()
    {
        var prediction = Prediction();
        prediction["relationships"] = new JsonArray(
            Rel("Los Lobos", "rival-of", "Rafael Toro"),
            Rel("Los Lobos", "leader-of", "Rafael Toro"));

        var rels = Score(Gold(), prediction).Totals["relationships"];

        Assert.Equal((1, 2, 2), (rels.Right, rels.Given, rels.Annotated));
    }

    [Fact]
    public void Relationship_named_by_an_alias_resolves_through_the_entity_pairing()
    {
        var prediction = Prediction();
        prediction["relationships"] = new JsonArray(Rel("El Toro", "leader-of", "the Lobos"), Rel("Lobos", "rival-of", "Toro"));

        Assert.Equal(1.0, Score(Gold(), prediction).RelationshipsF1);
    }

    [Fact]
    public void Split_alias_set_is_reported_and_merged_entities_are_counted()
    {
        var split = Prediction();
        split["people"] = new JsonArray(Entity("Rafael Toro"), Entity("El Toro"));
        var merged = Prediction();
        merged["groups"] = new JsonArray(Entity("Lobos", "Rafael Toro"));

        var splitReport = Score(Gold(), split);
        var mergedReport = Score(Gold(), merged);

        Assert.Equal((0, 1), (splitReport.AliasSetsKept, splitReport.AliasSets));
        Assert.Contains(splitReport.Rows, r => r.StartsWith("  aliases not grouped:", StringComparison.Ordinal));
        Assert.Equal(0, splitReport.OverMerges);
        Assert.Equal(0, mergedReport.OverMerges);  // across kinds is not a merge: gold groups hold only Lobos
        merged["people"] = new JsonArray(Entity("Rafael Toro", "Pedro Lima"));
        var gold = Gold();
        gold["people"]!.AsArray().Add(Entity("Pedro Lima"));
        Assert.Equal(1, Score(gold, merged).OverMerges);
    }

    // norm-cases.json: every name, title and factbox entry of the gold files and some odd strings,
    // each with what the python scorer's norm() makes of it.
    [Fact]
    public void Norm_gives_what_the_python_norm_gives()
    {
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturePaths.Fixtures, "scorer", "norm-cases.json")))!.AsArray();

        var wrong = cases
            .Select(c => (Input: (string)c![0]!, Python: (string)c[1]!))
            .Where(c => ScoreNames.Norm(c.Input) != c.Python)
            .Select(c => $"{c.Input} -> {ScoreNames.Norm(c.Input)} (python: {c.Python})");

        Assert.Empty(wrong);
    }

    [Fact]
    public void Names_match_across_case_accents_quotes_articles_and_possessives()
    {
        Assert.Equal("lobos", ScoreNames.Norm("the Lobos’"));
        Assert.Equal("zeta", ScoreNames.Norm("the Zeta’s"));
        Assert.Equal("cartel jalisco nueva generacion", ScoreNames.Norm("“Cartel Jalisco Nueva—Generación,”"));
        Assert.Equal("", ScoreNames.Norm((string?)null));
    }

    [Fact]
    public void Chrome_line_in_the_body_is_a_leak_and_wrong_metadata_is_named()
    {
        var prediction = Prediction();
        prediction["body"] = "The lead.\n\nDONATE";
        prediction["date"] = "2020-01-02";

        var report = Score(Gold(), prediction);

        Assert.Equal(1, report.Leaks);
        Assert.Equal(1, report.WrongMetadata("date"));
        Assert.Equal(0, report.WrongMetadata("title"));
    }

    [Fact]
    public void Reject_must_be_skipped_and_anything_extracted_from_it_is_a_false_positive()
    {
        var gold = new Dictionary<string, JsonObject> { ["t.txt"] = new() { ["file"] = "t.txt", ["reject"] = true, ["why"] = "tag page" } };
        var skipped = new Dictionary<string, JsonObject> { ["t.txt"] = new() { ["file"] = "t.txt", ["skipped"] = "tag page" } };
        var extracted = new Dictionary<string, JsonObject> { ["t.txt"] = Prediction() };

        var good = ExtractionScorer.Score(gold, skipped);
        var bad = ExtractionScorer.Score(gold, extracted);

        Assert.Equal((1, 1), (good.SkippedRight, good.Rejects));
        Assert.Equal((0, 1), (bad.SkippedRight, bad.Rejects));
        Assert.Equal(0.0, bad.EntitiesF1);
    }

    private static ScoreReport Score(JsonObject gold, JsonObject prediction) =>
        ExtractionScorer.Score(
            new Dictionary<string, JsonObject> { ["t.txt"] = gold },
            new Dictionary<string, JsonObject> { ["t.txt"] = prediction });

    private static JsonObject Gold() => new()
    {
        ["file"] = "t.txt", ["kind"] = "brief", ["title"] = "Lobos Boss Caught", ["date"] = "2024-05-01",
        ["author"] = "Ana Ruiz", ["has_analysis_section"] = false, ["boilerplate_lines"] = new JsonArray("DONATE"),
        ["groups"] = new JsonArray(Entity("Lobos")),
        ["people"] = new JsonArray(Entity("Rafael Toro", "El Toro", "Toro")),
        ["places"] = new JsonArray("Ecuador"),
        ["relationships"] = new JsonArray(Rel("Rafael Toro", "leader-of", "Lobos"), Rel("Rafael Toro", "rival-of", "Lobos")),
    };

    private static JsonObject Prediction() => new()
    {
        ["file"] = "t.txt", ["kind"] = "brief", ["title"] = "Lobos Boss Caught", ["titleDerived"] = false,
        ["date"] = "2024-05-01", ["author"] = "Ana Ruiz", ["body"] = "The lead.", ["analysis"] = null,
        ["groups"] = new JsonArray(Entity("Los Lobos")),
        ["people"] = new JsonArray(Entity("Rafael Toro", "El Toro", "Toro")),
        ["places"] = new JsonArray(Entity("Ecuador")),
        ["relationships"] = new JsonArray(Rel("Rafael Toro", "leader-of", "Lobos"), Rel("Lobos", "rival-of", "Rafael Toro")),
    };

    private static JsonObject Entity(string name, params string[] aliases) =>
        new() { ["name"] = name, ["aliases"] = new JsonArray([.. aliases.Prepend(name).Select(a => (JsonNode)a)]) };

    private static JsonObject Rel(string subject, string type, string obj) =>
        new() { ["subject"] = subject, ["type"] = type, ["object"] = obj };
}
