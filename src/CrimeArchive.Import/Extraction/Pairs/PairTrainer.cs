namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>Learns a <see cref="PairModel"/> with the averaged perceptron: for each example in turn,
/// the weights of the right label go up and those of a wrongly preferred label go down; the model
/// keeps the average of the weights over all steps, which generalizes far better than the last ones.
/// Examples are shuffled with a fixed seed, so the same corpus always gives the same model.
/// Which examples come first still sways a single run, so that a small change to the corpus moved the
/// guesses on unseen texts as much as a session's rules did: the model shipped is the mean of several
/// runs, each shuffled with its own seed (ten runs changed a third as many guesses as one run between seeds).</summary>
public static class PairTrainer
{
    public const int DefaultEpochs = 12;
    public const int DefaultRuns = 10;
    public const int DefaultSeed = 17;

    public static PairModel Train(IReadOnlyList<(string[] Features, PairLabel Label)> examples, int epochs = DefaultEpochs, int seed = DefaultSeed, int runs = DefaultRuns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var sum = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            foreach (var (f, w) in TrainOnce(examples, epochs, seed + run))
            {
                if (!sum.TryGetValue(f, out var s))
                    sum[f] = s = new float[PairLabels.Count];
                for (var l = 0; l < s.Length; l++)
                    s[l] += w[l] / runs;
            }
        }
        return new PairModel(sum);
    }

    private static Dictionary<string, float[]> TrainOnce(IReadOnlyList<(string[] Features, PairLabel Label)> examples, int epochs, int seed)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        // Sum of (step × update) per weight, for the average (Daumé's trick: average = w − sum/steps).
        var stamped = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var model = new PairModel(weights);
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = examples[i];
                var predicted = Best(model.Scores(features));
                if (predicted != label)
                {
                    foreach (var f in features)
                    {
                        Update(weights, stamped, f, (int)label, 1, step);
                        Update(weights, stamped, f, (int)predicted, -1, step);
                    }
                }
                step++;
            }
        }
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (f, w) in weights)
        {
            var s = stamped[f];
            averaged[f] = w.Select((x, l) => (float)(x - s[l] / step)).ToArray();
        }
        return averaged;
    }

    private static PairLabel Best(float[] scores)
    {
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
                best = l;
        }
        return (PairLabel)best;
    }

    private static void Update(Dictionary<string, float[]> weights, Dictionary<string, double[]> stamped, string feature, int label, int delta, int step)
    {
        if (!weights.TryGetValue(feature, out var w))
        {
            weights[feature] = w = new float[PairLabels.Count];
            stamped[feature] = new double[PairLabels.Count];
        }
        w[label] += delta;
        stamped[feature][label] += (double)delta * step;
    }
}
