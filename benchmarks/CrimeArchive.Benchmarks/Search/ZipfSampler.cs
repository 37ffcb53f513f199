namespace CrimeArchive.Benchmarks.Search;

/// <summary>Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^exponent, by binary search over the
/// cumulative weights: word frequencies and entity popularity in the search corpus follow it.</summary>
public sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    public int Count => cumulative.Length;

    /// <summary>The share of all draws that falls on this rank.</summary>
    public double Share(int rank) => (rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1]) / cumulative[^1];

    public int Sample(Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
