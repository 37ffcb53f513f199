using System.Diagnostics;
using CrimeArchive.Import.Extraction;

namespace CrimeArchive.Benchmarks;

/// <summary>Texts per second through parsing and extraction, on one thread and on all cores.</summary>
internal static class ExtractionThroughput
{
    public static void Run(int count, int runs)
    {
        var texts = new CorpusGenerator().Generate(count).Select(t => t.Text).ToArray();
        Console.WriteLine($"corpus: {texts.Length} texts, {texts.Sum(t => t.Length) / texts.Length} chars on average, {Environment.ProcessorCount} cores");
        foreach (var t in texts.Take(200))
            SourceTextExtractor.Extract(t);

        var single = new List<double>();
        var singleCpu = new List<double>();
        var parallel = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var collections = GC.CollectionCount(0);
            var older = GC.CollectionCount(1);
            var paused = GC.GetTotalPauseDuration();
            var cpu = ProcessCpu();
            var clock = Stopwatch.StartNew();
            var entities = 0;
            foreach (var t in texts)
                entities += SourceTextExtractor.Extract(t).Entities.Count;
            single.Add(texts.Length / clock.Elapsed.TotalSeconds);
            singleCpu.Add(texts.Length / (ProcessCpu() - cpu).TotalSeconds);
            var perText = (GC.GetAllocatedBytesForCurrentThread() - allocated) / texts.Length;
            collections = GC.CollectionCount(0) - collections;
            older = GC.CollectionCount(1) - older;
            var pausedShare = (GC.GetTotalPauseDuration() - paused) / clock.Elapsed;

            clock.Restart();
            Parallel.ForEach(texts, t => SourceTextExtractor.Extract(t));
            parallel.Add(texts.Length / clock.Elapsed.TotalSeconds);
            Console.WriteLine($"run {run}: one thread {single[^1]:0} texts/s ({singleCpu[^1]:0} per CPU-second), all cores {parallel[^1]:0} texts/s ({entities} entities; one thread allocated {perText / 1024} KiB a text, {collections} collections, {older} of them gen-1 or older, paused {pausedShare:P0} of the time)");
        }
        Console.WriteLine($"median: one thread {Median(single):0} texts/s ({Median(singleCpu):0} per CPU-second), all cores {Median(parallel):0} texts/s");
    }

    // The process's CPU time, the GC's threads included: on a shared machine the wall clock also
    // counts the time other processes held the core, CPU time does not.
    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
