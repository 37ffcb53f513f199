using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>The name handling of /work/shared/tools/score-extract, ported line for line so that the
/// C# scorer and the python one give the same numbers. Deliberately NOT the importer's
/// NameNormalizer: the yardstick must not move when the importer's normalizer changes.</summary>
public static partial class ScoreNames
{
    private const string Quotes = "\"'‘’“”«»`´";
    private static readonly char[] EdgeChars = (Quotes + ".,;:").ToCharArray();

    public static string Norm(string? text)
    {
        if (text is null)
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        var s = builder.ToString().ToLowerInvariant();
        s = s.Trim().Trim(EdgeChars).Trim();
        s = Possessive().Replace(s, "");
        s = LeadingArticle().Replace(s, "");
        s = QuoteChars().Replace(s, "");
        s = Separators().Replace(s, " ");
        return s.Trim();
    }

    public static string Norm(JsonNode? node) => node is null ? "" : Norm(AsText(node));

    /// <summary>Python's str() of a JSON value, enough for names and factbox values.</summary>
    public static string AsText(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    /// <summary>Every normalized name of an entity record: a bare string, or name plus aliases.</summary>
    public static HashSet<string> Names(JsonNode? entity)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (entity is JsonValue)
        {
            names.Add(Norm(entity));
        }
        else if (entity is JsonObject obj)
        {
            names.Add(Norm(obj["name"]));
            if (obj["aliases"] is JsonArray aliases)
            {
                foreach (var alias in aliases)
                    names.Add(Norm(alias));
            }
        }
        names.Remove("");
        return names;
    }

    /// <summary>Greedy one-to-one pairing of gold and predicted entities by shared names: most shared
    /// names first, ties broken as python's reverse tuple sort does (higher indexes first).</summary>
    public static IReadOnlyList<(int Gold, int Pred)> Match(IReadOnlyList<JsonNode?> gold, IReadOnlyList<JsonNode?> pred)
    {
        var goldNames = gold.Select(Names).ToList();
        var predNames = pred.Select(Names).ToList();
        var candidates = new List<(int Shared, int Gold, int Pred)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var pi = 0; pi < pred.Count; pi++)
            {
                var shared = goldNames[gi].Count(predNames[pi].Contains);
                if (shared > 0)
                    candidates.Add((shared, gi, pi));
            }
        }
        candidates.Sort((a, b) => b.CompareTo(a));
        var pairs = new List<(int, int)>();
        var goldDone = new HashSet<int>();
        var predDone = new HashSet<int>();
        foreach (var (_, gi, pi) in candidates)
        {
            if (goldDone.Contains(gi) || predDone.Contains(pi))
                continue;
            pairs.Add((gi, pi));
            goldDone.Add(gi);
            predDone.Add(pi);
        }
        return pairs;
    }

    [GeneratedRegex(@"[’']s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(the|los|las)\s+")]
    private static partial Regex LeadingArticle();

    [GeneratedRegex("[\"'‘’“”«»`´]")]
    private static partial Regex QuoteChars();

    [GeneratedRegex(@"[\s\-–—]+")]
    private static partial Regex Separators();
}
