using BenchmarkDotNet.Running;
using CrimeArchive.Benchmarks;
using CrimeArchive.Benchmarks.Search;

// Throughput runs print one line per run and a median; `micro` runs BenchmarkDotNet on single texts.
var mode = args.Length > 0 ? args[0] : "extract";
var numbers = mode != "micro";
var count = numbers && args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var runs = numbers && mode != "corpus" && args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
switch (mode)
{
    case "extract":
        ExtractionThroughput.Run(count, runs);
        break;
    case "import":
        await ImportThroughput.RunAsync(count, runs);
        break;
    case "searchdb":
        await SearchCorpus.RunAsync(count);
        break;
    case "search-profile":
        await SearchProfile.RunAsync(count);
        break;
    case "search-lucene":
        await LuceneSearchBenchmark.RunAsync(count);
        break;
    case "search-naive":
        await NaivePostgresSearch.RunAsync(count, args.Length > 2 ? runs : 3);
        break;
    case "search-queries":
        SearchQueryMix.WriteSourceFile();
        break;
    case "search-check":
        await SearchCorpusCheck.RunAsync(count);
        break;
    case "serve-corpus":
        await CrimeArchive.Benchmarks.Pages.CorpusServer.RunAsync(count);
        break;
    case "corpus":
        // Writes the generated texts as files, so that two builds' `extract` output can be compared on them.
        var folder = args.Length > 2 ? args[2] : "corpus";
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in new CorpusGenerator().Generate(count))
            File.WriteAllText(Path.Combine(folder, name), text);
        break;
    case "micro":
        BenchmarkRunner.Run<ExtractionBenchmarks>(args: args[1..]);
        break;
    default:
        Console.Error.WriteLine("usage: CrimeArchive.Benchmarks extract|import [COUNT] [RUNS] | searchdb COUNT | search-lucene COUNT | search-naive COUNT | search-queries | search-check [COUNT] | serve-corpus COUNT | corpus COUNT DIR | micro [BenchmarkDotNet args]");
        return 2;
}
return 0;
