using System.Globalization;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The extraction targets, measured on each annotated corpus: the seeds, the shared dev
/// texts and this project's own test texts. A failure prints the scorer's per-file report; the report
/// and the predictions are also left in the test output folder (quality-CORPUS.txt / .jsonl).
/// Filter them out of a quick run with <c>--filter Category!=Quality</c>.</summary>
[Trait("Category", "Quality")]
public class ExtractionQualityTests
{
    [Fact]
    public void Extraction_meets_the_targets_on_the_seed_texts() => AssertTargets("seeds");

    [Fact]
    public void Extraction_meets_the_targets_on_the_dev_texts() => AssertTargets("dev");

    [Fact]
    public void Extraction_meets_the_targets_on_the_own_test_texts() => AssertTargets("own");

    private static void AssertTargets(string corpus)
    {
        var report = ExtractionCorpus.Score(corpus);
        var failures = Failures(report);
        var (kept, total, notKept) = TextAliasSets.Check(corpus);
        if (kept != total)
            failures.Add($"alias sets (forms the text uses) kept together {kept}/{total}: {string.Join("; ", notKept)}");
        Assert.True(failures.Count == 0,
            $"Extraction misses its targets on the {corpus} texts:\n  - {string.Join("\n  - ", failures)}\n\n{report}");
    }

    private static List<string> Failures(ScoreReport r)
    {
        var failures = new List<string>();
        void Require(bool ok, string what)
        {
            if (!ok)
                failures.Add(what);
        }
        Require(r.EntitiesF1 >= 0.90, $"entity F1 (groups+people averaged) {F(r.EntitiesF1)} < 0.90");
        Require(r.PlacesF1 >= 0.85, $"places F1 {F(r.PlacesF1)} < 0.85");
        Require(r.RelationshipsF1 >= 0.70, $"relationships F1 {F(r.RelationshipsF1)} < 0.70");
        Require(r.OverMerges == 0, $"{r.OverMerges} extracted entities merge two annotated ones");
        foreach (var field in new[] { "title", "date", "author" })
            Require(r.WrongMetadata(field) == 0, $"{field} wrong in {r.WrongMetadata(field)} file(s)");
        Require(r.Leaks == 0, $"{r.Leaks} chrome line(s) leaked into the text");
        Require(r.Missing == 0, $"{r.Missing} article(s) gave no extraction");
        Require(r.SkippedRight == r.Rejects, $"not-articles skipped {r.SkippedRight}/{r.Rejects}");
        return failures;
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
