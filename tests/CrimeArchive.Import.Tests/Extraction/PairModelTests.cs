using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Pairs;
using CrimeArchive.Import.Tests.Quality;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>The relation pair model: how it learns, how it is stored, that the shipped one is what
/// the corpus trains, and that the importer uses it only where the clause rules say nothing.</summary>
public class PairModelTests
{
    private static readonly List<(string[], PairLabel)> Toy =
    [
        (["k=PG", "w=boss"], PairLabel.LeaderOf),
        (["k=PG", "w=member"], PairLabel.MemberOf),
        (["k=PG", "w=arrested"], PairLabel.None),
        (["k=GG", "w=war"], PairLabel.RivalOf),
        (["k=GG", "w=and"], PairLabel.None),
    ];

    [Fact]
    public void The_trainer_learns_to_tell_the_labels_apart()
    {
        var model = PairTrainer.Train(Toy);
        foreach (var (features, label) in Toy)
            Assert.Equal(label, model.Classify(features, margin: 0.1f));
    }

    [Fact]
    public void The_model_is_the_mean_of_runs_each_shuffled_by_the_next_seed()
    {
        // Examples that disagree, so that the order of a run decides its weights.
        List<(string[], PairLabel)> mixed = [.. Toy, (["k=PG", "w=boss"], PairLabel.MemberOf), (["k=PG", "w=boss", "w=war"], PairLabel.None), (["k=GG", "w=war"], PairLabel.AllyOf)];
        var first = PairTrainer.Train(mixed, seed: 3, runs: 1);
        var second = PairTrainer.Train(mixed, seed: 4, runs: 1);
        var both = PairTrainer.Train(mixed, seed: 3, runs: 2);
        var features = mixed.Select(m => m.Item1).ToList();
        Assert.Contains(features, f => !first.Scores(f).SequenceEqual(second.Scores(f)));
        foreach (var f in features)
            Assert.Equal(first.Scores(f).Zip(second.Scores(f), (a, b) => (a + b) / 2), both.Scores(f), (x, y) => Math.Abs(x - y) < 1e-4f);
    }

    [Fact]
    public void A_guess_needs_its_label_to_beat_no_tie_by_the_margin()
    {
        var model = new PairModel(new Dictionary<string, float[]> { ["w=boss"] = [0, 3, 0, 0, 0, 0, 0, 0] });
        Assert.Equal(PairLabel.LeaderOf, model.Classify(["w=boss"], margin: 2));
        Assert.Equal(PairLabel.None, model.Classify(["w=boss"], margin: 4));
        Assert.Equal(PairLabel.None, model.Classify(["w=unknown"], margin: 0.5f));
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_scores()
    {
        var model = PairTrainer.Train(Toy);
        var text = new StringWriter();
        model.Save(text);
        var read = PairModel.Read(new StringReader(text.ToString()));
        foreach (var (features, _) in Toy)
            // Saving rounds each weight to three decimals; a feature list of n weights may move by n × 0.0005.
            Assert.Equal(model.Scores(features), read.Scores(features), (x, y) => Math.Abs(x - y) < features.Length * 0.0005f + 1e-6f);
    }

    [Theory]
    [InlineData(PairLabel.LeaderOf, true, false, PairEnd.First, RelationshipType.LeaderOf)]
    [InlineData(PairLabel.LeaderOf, false, true, PairEnd.Second, RelationshipType.LeaderOf)]
    [InlineData(PairLabel.MemberOf, false, false, PairEnd.First, RelationshipType.MemberOf)]
    [InlineData(PairLabel.HasMember, false, false, PairEnd.Second, RelationshipType.MemberOf)]
    public void A_label_reads_as_a_relationship_between_the_right_ends(PairLabel label, bool firstIsPerson, bool secondIsPerson, PairEnd subject, RelationshipType type)
    {
        Assert.Equal((subject, type), PairLabels.Reading(label, firstIsPerson, secondIsPerson));
    }

    [Theory]
    [InlineData(PairLabel.LeaderOf, true, true)]
    [InlineData(PairLabel.LeaderOf, false, false)]
    [InlineData(PairLabel.SiblingOf, true, false)]
    [InlineData(PairLabel.HasMember, true, false)]
    public void A_label_the_ends_cannot_hold_is_no_relationship(PairLabel label, bool firstIsPerson, bool secondIsPerson)
    {
        Assert.Null(PairLabels.Reading(label, firstIsPerson, secondIsPerson));
    }

    [Fact]
    public void The_shipped_model_is_what_the_corpus_trains()
    {
        var pairs = Path.Combine(FixturePaths.RepoRoot, "src", "CrimeArchive.Import", "Extraction", "Pairs");
        var corpus = new PairCorpus();
        foreach (var file in Directory.GetFiles(Path.Combine(pairs, "corpus"), "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
            corpus.AddSentences(Path.GetFileName(file), File.ReadLines(file));
        foreach (var set in new[] { "seeds", "dev", "own" })
            corpus.AddDocuments(FixturePaths.Gold(set), FixturePaths.Texts(set));
        Assert.Empty(corpus.Problems);
        var trained = new StringWriter();
        PairTrainer.Train(corpus.Examples).Save(trained);
        // Compared line by line so that a failure names the first feature that moved.
        var shipped = File.ReadAllLines(Path.Combine(pairs, "relation-pairs.tsv"));
        var lines = trained.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(lines.Length, shipped.Length); i++)
            Assert.True(shipped[i] == lines[i], $"line {i + 1}: shipped '{shipped[i]}', trained '{lines[i]}' (run scripts/train-pairs)");
        Assert.Equal(shipped.Length, lines.Length);
    }

    [Fact]
    public void The_model_ties_a_pair_the_clause_rules_leave_alone()
    {
        const string text = "Long before he turned on them, Octavio Lema Ruiz had spent a decade collecting extortion payments for the Frente Sur.";
        var rulesOnly = CrimeArchive.Import.Extraction.EntityExtractor.Extract(Brief(text), null, null);
        Assert.Empty(rulesOnly.Relationships);
        // A model sure that a person and a group named in one sentence are member and group.
        var sure = new PairModel(new Dictionary<string, float[]> { ["k=PG"] = [0, 0, 0, 20, 0, 0, 0, 0] });
        var guessed = CrimeArchive.Import.Extraction.EntityExtractor.Extract(Brief(text), null, sure);
        var tie = Assert.Single(guessed.Relationships);
        Assert.Equal(("Octavio Lema Ruiz", RelationshipType.MemberOf, "Frente Sur"), (tie.Subject.Name, tie.Type, tie.Object.Name));
    }

    [Fact]
    public void A_pairs_hashed_features_are_the_hashes_of_its_text_features()
    {
        const string text = "Los Tilos, once a faction of the Clan Mora, went to war with Los Pericos after Ramiro Tello Vaca, a former soldier, took over.";
        var pairs = new List<(CrimeArchive.Import.Extraction.ExtractedEntity, CrimeArchive.Import.Extraction.ExtractedEntity, PairCandidate Pair)>();
        CrimeArchive.Import.Extraction.EntityExtractor.Extract(Brief(text), null, null, pairs);
        Assert.NotEmpty(pairs);
        foreach (var (_, _, pair) in pairs)
        {
            Assert.Equal(pair.Features.Select(FeatureHash.Of), pair.Hashes);
            Assert.Equal(PairModel.Default!.Classify(pair.Features), PairModel.Default.Classify(pair.Hashes));
        }
    }

    [Theory]
    [InlineData("Police say Fermín Ortiz Lagos, who founded Los Zorzales in 2004, still runs its boats for the Frente Sur.")]
    [InlineData("Los Tilos, once a faction of the Clan Mora, went to war with Los Pericos after Ramiro Tello Vaca took over.")]
    public void A_guess_never_adds_to_a_pair_the_rules_tied(string text)
    {
        var rulesOnly = CrimeArchive.Import.Extraction.EntityExtractor.Extract(Brief(text), null, null);
        var full = ExtractionHelper.Run(text);
        Assert.NotEmpty(rulesOnly.Relationships);
        foreach (var tied in rulesOnly.Relationships.Select(r => (r.Subject.Name, r.Object.Name)).Distinct())
        {
            string Ties(IEnumerable<CrimeArchive.Import.Extraction.ExtractedRelationship> all) => string.Join(", ", all
                .Where(r => (r.Subject.Name, r.Object.Name) == tied || (r.Object.Name, r.Subject.Name) == tied)
                .Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}").Order());
            Assert.Equal(Ties(rulesOnly.Relationships), Ties(full.Relationships));
        }
    }

    private static CrimeArchive.Import.Parsing.ParsedDocument Brief(string text) => new()
    {
        SourceText = text, Body = [new CrimeArchive.Import.Parsing.TextBlock(text, 0)], Kind = CrimeArchive.Import.Parsing.DocumentKind.Brief, Language = "en",
    };

    [Theory]
    // The rules read Ortiz's role; the model must not give Lagos's group a second founder.
    [InlineData("Fermín Ortiz Lagos founded Los Zorzales in 2004 with the help of Ramiro Tello Vaca, a former soldier.", "Ramiro Tello Vaca", "Los Zorzales")]
    // "prosecuted the head of": the role is the object's, not the judge's.
    [InlineData("Judge Ana Ruiz Lema prosecuted the head of Los Toros last year.", "Ana Ruiz Lema", "Los Toros")]
    public void A_guess_the_rules_know_better_is_vetoed(string text, string person, string group)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == person && r.Object.Name == group
            && r.Type is RelationshipType.LeaderOf or RelationshipType.Founded);
    }

    [Fact]
    public void A_clause_a_semicolon_closes_says_nothing_of_the_next_ones_names()
    {
        var x = ExtractionHelper.Run("The Téllez brothers lead the faction known across Sinaloa as \"Los Gemelos.\" "
            + "Jacinto Moreno Osuna controls the contacts and the money; the Twins have the gunmen.");
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Jacinto Moreno Osuna" || r.Object.Name == "Jacinto Moreno Osuna");
    }
}
