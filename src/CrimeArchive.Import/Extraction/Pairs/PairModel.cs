using System.Globalization;
using System.Reflection;

namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>A linear classifier over <see cref="PairFeatures"/>: one weight per feature and label,
/// learnt by <see cref="PairTrainer"/> from annotated sentences and shipped as a resource
/// (`relation-pairs.tsv`: a feature, then its weights in <see cref="PairLabel"/> order).</summary>
public sealed class PairModel(Dictionary<string, float[]> weights)
{
    // How far the best label must outscore "no tie" before a guess is made: guesses add to what the
    // clause rules read, so they must be sure. Chosen on the sentence set and the article sets'
    // aggregate scores (README, extraction): lower finds a little more and is wrong far more often.
    public const float DefaultMargin = 8f;

    private static readonly Lazy<PairModel?> Shipped = new(() => Load("CrimeArchive.Pairs.relation-pairs.tsv"));

    /// <summary>The model the importer uses, or null if the build ships none.</summary>
    public static PairModel? Default => Shipped.Value;

    public int FeatureCount => weights.Count;

    // The weights by the hash of their feature, for scoring without building feature strings.
    private Dictionary<ulong, float[]>? hashed;

    private Dictionary<ulong, float[]> Hashed => LazyInitializer.EnsureInitialized(ref hashed,
        () => weights.ToDictionary(w => FeatureHash.Of(w.Key), w => w.Value));

    public float[] Scores(string[] features) => Sum(features, weights);

    private static float[] Sum<TFeature>(IEnumerable<TFeature> features, Dictionary<TFeature, float[]> table) where TFeature : notnull
    {
        var scores = new float[PairLabels.Count];
        foreach (var f in features)
        {
            if (!table.TryGetValue(f, out var w))
                continue;
            for (var l = 0; l < scores.Length; l++)
                scores[l] += w[l];
        }
        return scores;
    }

    /// <summary>The label the features score best, if it beats "no tie" by <paramref name="margin"/>.</summary>
    public PairLabel Classify(string[] features, float margin = DefaultMargin) => Best(Scores(features), margin);

    /// <summary>As <see cref="Classify(string[], float)"/>, for features given by their <see cref="FeatureHash"/>.</summary>
    public PairLabel Classify(List<ulong> features, float margin = DefaultMargin) => Best(Sum(features, Hashed), margin);

    private static PairLabel Best(float[] scores, float margin)
    {
        var best = 1;
        for (var l = 2; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
                best = l;
        }
        return scores[best] - scores[(int)PairLabel.None] >= margin ? (PairLabel)best : PairLabel.None;
    }

    public void Save(TextWriter writer)
    {
        foreach (var (feature, w) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (w.All(x => Math.Abs(x) < 0.0005f))
                continue;
            writer.Write(feature);
            foreach (var x in w)
            {
                writer.Write('\t');
                writer.Write(x.ToString("0.###", CultureInfo.InvariantCulture));
            }
            writer.Write('\n');
        }
    }

    public static PairModel Read(TextReader reader)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != PairLabels.Count + 1)
                continue;
            weights[parts[0]] = parts[1..].Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        }
        return new PairModel(weights);
    }

    private static PairModel? Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
