using System.Reflection;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Countries, first-level regions and cities from the generated gazetteer.tsv (see
/// tools/gazetteer/README.md for sources), looked up by normalized name: case and accents do not
/// matter ("Medellín" = "medellin"). Candidates come country first, then capital city, then region,
/// then city, then by population.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(Load);

    private readonly Dictionary<string, GazetteerEntry[]> places;
    private readonly Dictionary<string, string> demonyms;
    private readonly HashSet<string> abbreviations;
    private readonly Dictionary<string, int> maxWordsByFirstWord;
    private readonly HashSet<string> everydayWords;
    private readonly Dictionary<string, GazetteerEntry[]> minorPlaces;

    private Gazetteer(Dictionary<string, GazetteerEntry[]> places, Dictionary<string, string> demonyms,
        HashSet<string> abbreviations, HashSet<string> everydayWords, Dictionary<string, GazetteerEntry[]> minorPlaces)
    {
        this.places = places;
        this.minorPlaces = minorPlaces;
        this.demonyms = demonyms;
        this.abbreviations = abbreviations;
        this.everydayWords = everydayWords;
        maxWordsByFirstWord = [];
        foreach (var key in places.Keys)
        {
            var words = key.Split(' ');
            maxWordsByFirstWord[words[0]] = Math.Max(maxWordsByFirstWord.GetValueOrDefault(words[0]), words.Length);
        }
    }

    public static Gazetteer Default => LazyDefault.Value;

    public int PlaceNameCount => places.Count;

    public int DemonymCount => demonyms.Count;

    public IReadOnlyList<GazetteerEntry> Lookup(string name) =>
        places.TryGetValue(KeyOf(name), out var entries) ? entries : [];

    /// <summary>"Colombian", "Mexicans", "Ecuadorian": a demonym (singular or plural) names no place
    /// but tells the country.</summary>
    public bool IsDemonym(string word, out string country) => IsDemonymKey(NameNormalizer.Normalize(word), out country);

    internal bool IsDemonymKey(string key, out string country)
    {
        var lookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var found) || (key.EndsWith('s') && lookup.TryGetValue(key.AsSpan(0, key.Length - 1), out found)))
        {
            country = found;
            return true;
        }
        country = "";
        return false;
    }

    /// <summary>True for a word of everyday English ("in", "president", "clan"), by SCOWL's common levels.</summary>
    public bool IsEverydayWord(string word) => everydayWords.Contains(NameNormalizer.Normalize(word));

    internal bool TryLookupKey(string key, out GazetteerEntry[] entries) => places.TryGetValue(key, out entries!);

    /// <summary>Small towns (GeoNames populated places of Latin America below the gazetteer's
    /// thresholds): places only where the text gives a cue, so never looked up on their own.</summary>
    internal bool TryLookupMinorKey(string key, out GazetteerEntry[] entries) => minorPlaces.TryGetValue(key, out entries!);

    internal bool IsAbbreviationKey(string key) => abbreviations.Contains(key);

    internal int MaxWordsStartingWith(string firstWordKey) => maxWordsByFirstWord.GetValueOrDefault(firstWordKey);

    internal bool IsEverydayKey(string key) => everydayWords.Contains(key);

    /// <summary>The lookup key of a name: its words, each normalized, joined by one space.</summary>
    public static string KeyOf(string name)
    {
        var tokens = TextTokens.Split(name);
        return KeyOfWords(tokens.Select(t => NameNormalizer.Normalize(name.Substring(t.Start, t.Length))));
    }

    /// <summary>Joins normalized words into a key. "del", "de la", "de los" all become "de", since
    /// texts mix them up ("Norte del Santander" for "Norte de Santander").</summary>
    internal static string KeyOfWords(IEnumerable<string> words)
    {
        var builder = new System.Text.StringBuilder();
        var afterDe = false;
        foreach (var word in words)
        {
            if (afterDe && word is "la" or "las" or "los" or "el")
                continue;
            afterDe = word is "de" or "del";
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(afterDe ? "de" : word);
        }
        return builder.ToString();
    }

    private static Gazetteer Load()
    {
        var byKey = new Dictionary<string, List<GazetteerEntry>>();
        var demonyms = new Dictionary<string, string>();
        var abbreviations = new HashSet<string>();
        var minor = new Dictionary<string, List<GazetteerEntry>>();
        foreach (var line in ReadResourceLines("CrimeArchive.Places.gazetteer.tsv"))
        {
            var fields = line.Split('\t');
            if (fields[1] == "demonym")
            {
                demonyms.TryAdd(NameNormalizer.Normalize(fields[0]), fields[2]);
                continue;
            }
            var flags = fields[5].Split(',');
            var entry = new GazetteerEntry(fields[0], ParseKind(fields[1]), fields[2], long.Parse(fields[4]), flags.Contains("common"))
            {
                IsCapital = flags.Contains("capital"),
                IsSecondLevel = flags.Contains("province"),
                IsNounOnly = flags.Contains("noun-only"),
            };
            if (fields[1] == "minor")
            {
                AddName(minor, abbreviations, fields[0], entry);
                continue;
            }
            AddName(byKey, abbreviations, fields[0], entry);
            // "St. Lucia", "St Lucia": the way the press shortens a saint's name (a key holds no dot).
            if (fields[0].StartsWith("Saint ", StringComparison.Ordinal))
                AddName(byKey, abbreviations, "St " + fields[0][6..], entry);
            if (fields[3].Length > 0)
            {
                foreach (var alternate in fields[3].Split('|'))
                    AddName(byKey, abbreviations, alternate, entry);
            }
        }
        var places = byKey.ToDictionary(pair => pair.Key, pair => pair.Value
            .Distinct()
            .OrderBy(Rank)
            .ThenByDescending(e => e.Population)
            .ToArray());
        var everyday = ReadResourceLines("CrimeArchive.Places.everyday-words.txt").ToHashSet();
        var minorPlaces = minor.ToDictionary(pair => pair.Key, pair => pair.Value.OrderByDescending(e => e.Population).ToArray());
        return new Gazetteer(places, demonyms, abbreviations, everyday, minorPlaces);
    }

    private static void AddName(Dictionary<string, List<GazetteerEntry>> byKey, HashSet<string> abbreviations, string name, GazetteerEntry entry)
    {
        var key = KeyOf(name);
        if (key.Length == 0)
            return;
        if (!byKey.TryGetValue(key, out var list))
            byKey[key] = list = [];
        list.Add(entry);
        // "US", "U.S.", "UAE" only count written in capitals ("us" is a pronoun).
        if (name.Length <= 6 && name.All(c => char.IsUpper(c) || c == '.'))
            abbreviations.Add(key);
    }

    // A country wins over anything of its name ("Mexico", "Panama"); a national capital over its
    // region ("Lima", "San Salvador"); a region over a city ("Jalisco", "Guanajuato"); a city over
    // a second-level province ("Guadalajara").
    private static int Rank(GazetteerEntry entry) => entry switch
    {
        { Kind: PlaceKind.Country } => 0,
        { IsCapital: true } => 1,
        { IsSecondLevel: true } => 4,
        { Kind: PlaceKind.Region } => 2,
        _ => 3,
    };

    private static PlaceKind ParseKind(string kind) => kind switch
    {
        "country" => PlaceKind.Country,
        "region" or "world" => PlaceKind.Region,
        _ => PlaceKind.City,
    };

    /// <summary>The lines of an embedded data file, comments and blank lines left out.</summary>
    internal static IEnumerable<string> ReadResourceLines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                yield return line;
        }
    }
}
