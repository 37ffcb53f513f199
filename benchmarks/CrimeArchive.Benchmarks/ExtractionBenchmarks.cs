using BenchmarkDotNet.Attributes;
using CrimeArchive.Import.Extraction;

namespace CrimeArchive.Benchmarks;

[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string[] texts = [];

    [GlobalSetup]
    public void Setup() => texts = [.. new CorpusGenerator().Generate(4).Select(t => t.Text)];

    [Benchmark]
    public int ExtractFourShapes()
    {
        var entities = 0;
        foreach (var t in texts)
            entities += SourceTextExtractor.Extract(t).Entities.Count;
        return entities;
    }
}
