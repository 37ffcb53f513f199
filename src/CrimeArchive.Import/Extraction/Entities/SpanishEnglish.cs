using System.Collections.Frozen;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The English of Spanish nouns and adjectives (tools/bilingual, from Apertium's English–Spanish
/// dictionary), for telling that a group's Spanish name and its English one are one name ("Cártel de las
/// Dunas", "the Dunes Cartel"). Words are looked up folded and in the singular, and English words are
/// compared in the singular: the dictionary holds lemmas.</summary>
public static class SpanishEnglish
{
    private static readonly FrozenDictionary<string, string[]> English = Read();

    /// <summary>The English lemmas of a Spanish word, plural or feminine forms included; empty when the
    /// dictionary has none.</summary>
    public static IReadOnlyList<string> Of(string spanishKey)
    {
        foreach (var form in Lemmas(spanishKey))
        {
            if (English.TryGetValue(form, out var english))
                return english;
        }
        return [];
    }

    /// <summary>"watchmakers" → "watchmaker", "cities" → "city": how an English word is compared.</summary>
    public static string Singular(string english) =>
        english.Length > 4 && english.EndsWith("ies", StringComparison.Ordinal) ? english[..^3] + "y"
        : english.Length > 5 && english.EndsWith("lves", StringComparison.Ordinal) ? english[..^3] + "f"
        : english.Length > 5 && english.EndsWith("ieves", StringComparison.Ordinal) ? english[..^3] + "f"
        : english.Length > 4 && (english.EndsWith("xes", StringComparison.Ordinal) || english.EndsWith("ches", StringComparison.Ordinal)
            || english.EndsWith("shes", StringComparison.Ordinal) || english.EndsWith("sses", StringComparison.Ordinal)) ? english[..^2]
        : english.Length > 3 && english[^1] == 's' && english[^2] is not ('s' or 'u' or 'i') && english != "news" ? english[..^1]
        : english;

    // "dunas" → "duna", "relojeros" → "relojero", "ciudades" → "ciudad", "andina" → "andino".
    private static IEnumerable<string> Lemmas(string key)
    {
        yield return key;
        var singular = key;
        if (key.Length > 4 && key.EndsWith("es", StringComparison.Ordinal))
            yield return singular = key[..^2];
        if (key.Length > 3 && key[^1] == 's')
            yield return singular = key[..^1];
        if (singular.Length > 3 && singular[^1] == 'a')
            yield return singular[..^1] + "o";
    }

    private static FrozenDictionary<string, string[]> Read() =>
        Places.Gazetteer.ReadResourceLines("CrimeArchive.Entities.spanish-english.tsv")
            .Select(line => line.Split('\t'))
            .GroupBy(f => NameNormalizer.Normalize(f[0]), f => Singular(f[1]))
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal);
}
