using System.Runtime.InteropServices;
using CrimeArchive.Benchmarks.Search;

namespace CrimeArchive.Benchmarks.Pages;

/// <summary>The <c>serve-corpus</c> mode: keeps the imported corpus's database up (building it first if
/// needed) for the page benchmark's web app, prints its connection string on a line of its own, and
/// stops the cluster at SIGTERM or Ctrl+C.</summary>
public static class CorpusServer
{
    public const string Prefix = "CONNECTION ";

    public static async Task RunAsync(int count)
    {
        await using var corpus = await SearchCorpus.OpenAsync(count);
        var stop = new TaskCompletionSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        Console.WriteLine(Prefix + corpus.ConnectionString);
        await stop.Task;
    }
}
