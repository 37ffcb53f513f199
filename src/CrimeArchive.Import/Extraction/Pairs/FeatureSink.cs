namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>Where <see cref="PairFeatures"/> writes a pair's features, each given in parts: as text
/// for training and the model file (<see cref="TextFeatures"/>), or as a 64-bit hash of that same
/// text for scoring (<see cref="HashedFeatures"/>), which builds no strings; extraction makes tens
/// of features for every pair of names it judges.</summary>
public abstract class FeatureSink
{
    public abstract void Begin(string part);
    public abstract void Append(string part);
    public abstract void End();

    public void Add(string part)
    {
        Begin(part);
        End();
    }

    public void Add(string first, string second)
    {
        Begin(first);
        Append(second);
        End();
    }

    public void Add(string first, string second, string third)
    {
        Begin(first);
        Append(second);
        Append(third);
        End();
    }

    public void Add(string first, string second, string third, string fourth, string fifth)
    {
        Begin(first);
        Append(second);
        Append(third);
        Append(fourth);
        Append(fifth);
        End();
    }
}

public sealed class TextFeatures : FeatureSink
{
    private readonly System.Text.StringBuilder text = new();

    public List<string> Features { get; } = new(48);

    public override void Begin(string part) => text.Clear().Append(part);

    public override void Append(string part) => text.Append(part);

    public override void End() => Features.Add(text.ToString());
}

public sealed class HashedFeatures : FeatureSink
{
    private ulong hash;

    public List<ulong> Features { get; } = new(48);

    public override void Begin(string part) => hash = FeatureHash.Append(FeatureHash.Seed, part);

    public override void Append(string part) => hash = FeatureHash.Append(hash, part);

    public override void End() => Features.Add(hash);
}

/// <summary>FNV-1a over UTF-16 code units: a feature hashed in parts equals the hash of its whole text.</summary>
public static class FeatureHash
{
    public const ulong Seed = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Append(ulong hash, string part)
    {
        foreach (var c in part)
            hash = (hash ^ c) * Prime;
        return hash;
    }

    public static ulong Of(string feature) => Append(Seed, feature);
}
