using System.Diagnostics;
namespace CrimeArchive.Import.Importing;
public static class Probe
{
    public static readonly Dictionary<string, long> Ticks = [];
    public static long Mark() => Stopwatch.GetTimestamp();
    public static void Add(string name, long since) { lock (Ticks) Ticks[name] = Ticks.GetValueOrDefault(name) + (Stopwatch.GetTimestamp() - since); }
    public static string Report(int n) => string.Join("\n", Ticks.OrderByDescending(t => t.Value).Select(t => $"{t.Key,-20} {t.Value * 1000.0 / Stopwatch.Frequency / n:0.000} ms/text"));
}
