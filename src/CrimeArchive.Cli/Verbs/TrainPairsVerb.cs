using System.CommandLine;
using CrimeArchive.Import.Extraction.Pairs;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive train-pairs CORPUS... [--documents GOLD.json:TEXTS] --out FILE`: learns the
/// relation pair model (<see cref="PairModel"/>) from annotated sentences and texts; scripts/train-pairs
/// runs it on the project's corpus.</summary>
internal static class TrainPairsVerb
{
    public static Command Create()
    {
        var corpus = new Argument<FileInfo[]>("corpus") { Description = "Annotated sentences, JSON Lines", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples", DefaultValueFactory = _ => PairTrainer.DefaultEpochs };
        var runs = new Option<int>("--runs") { Description = "Runs, each shuffled by its own seed, whose mean is the model", DefaultValueFactory = _ => PairTrainer.DefaultRuns };
        var seed = new Option<int>("--seed") { Description = "The first run's shuffling seed", DefaultValueFactory = _ => PairTrainer.DefaultSeed };
        var documents = new Option<string[]>("--documents")
        {
            Description = "Annotated whole texts too, as GOLD.json:TEXTS-FOLDER (the scorer's gold format)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("train-pairs", "Learn the relation pair model from annotated sentences") { corpus, output, epochs, runs, seed, documents };
        command.SetAction(parse => Run(parse.GetValue(corpus) ?? [], parse.GetValue(documents) ?? [], parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(runs), parse.GetValue(seed)));
        return command;
    }

    private static int Run(FileInfo[] corpus, string[] documents, FileInfo output, int epochs, int runs, int seed)
    {
        var examples = new PairCorpus();
        foreach (var file in corpus.OrderBy(f => f.FullName, StringComparer.Ordinal))
            examples.AddSentences(file.Name, File.ReadLines(file.FullName));
        foreach (var spec in documents)
        {
            var at = spec.LastIndexOf(':');
            if (at < 1)
            {
                Console.Error.WriteLine($"--documents wants GOLD.json:TEXTS-FOLDER, not '{spec}'");
                return 1;
            }
            examples.AddDocuments(spec[..at], spec[(at + 1)..]);
        }
        foreach (var problem in examples.Problems)
            Console.Error.WriteLine(problem);
        var model = PairTrainer.Train(examples.Examples, epochs, seed, runs);
        using (var writer = new StreamWriter(output.FullName))
            model.Save(writer);
        var byLabel = examples.Examples.GroupBy(e => e.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"{examples.Texts} texts, {examples.Examples.Count} pairs ({string.Join(", ", byLabel)}); "
            + $"{examples.Unmatched} annotated sentence ties whose ends were not both found; {model.FeatureCount} features -> {output.FullName}");
        return 0;
    }
}
