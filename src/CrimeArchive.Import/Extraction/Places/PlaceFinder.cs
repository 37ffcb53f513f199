using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Finds the places a sentence or paragraph names, with their offsets. The longest
/// gazetteer name wins ("Valle del Cauca" over "Cauca"); demonyms, everyday words opening a
/// sentence, and places that are only part of a longer proper name ("Sinaloa Cartel") are skipped.
/// A name shared by several places resolves to a country first, then to a place in the country
/// the rest of the text points to most, then by the gazetteer's order.</summary>
public static class PlaceFinder
{
    public static IReadOnlyList<PlaceMatch> Find(string text) => Find(text, Gazetteer.Default);

    public static IReadOnlyList<PlaceMatch> Find(string text, Gazetteer gazetteer)
    {
        var tokens = TextTokens.Split(text);
        var keys = new string?[tokens.Count];
        var found = new List<(int Start, int Length, GazetteerEntry[] Entries)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized)
                continue;
            var maxWords = gazetteer.MaxWordsStartingWith(KeyAt(text, tokens, keys, i));
            GazetteerEntry[] entries = [];
            var last = maxWords == 0 ? -1 : LongestMatch(text, tokens, keys, i, maxWords, gazetteer, out entries);
            if (last < 0)
            {
                AddHyphenParts(text, tokens[i], gazetteer, found);
                continue;
            }
            if (IsPlausible(text, tokens, keys, i, last, entries, gazetteer))
                found.Add((tokens[i].Start, tokens[last].End - tokens[i].Start, entries));
            i = last;
        }
        if (found.Count == 0)
            return [];
        var countryVotes = CountryVotes(found.Select(f => f.Entries));
        return found.Select(f => ToMatch(text, f.Start, f.Length, Resolve(f.Entries, countryVotes))).ToList();
    }

    // Countries the text names, or that an unambiguous place of the text lies in, with how often.
    private static Dictionary<string, int> CountryVotes(IEnumerable<GazetteerEntry[]> matches)
    {
        var votes = new Dictionary<string, int>();
        foreach (var entries in matches)
        {
            var country = entries[0].Kind == PlaceKind.Country || entries.All(e => e.Country == entries[0].Country) ? entries[0].Country : null;
            if (country is not null)
                votes[country] = votes.GetValueOrDefault(country) + 1;
        }
        return votes;
    }

    // "US-Mexico border", "Colombia-based": each capitalized part of a hyphenated word may be a
    // country on its own. Only countries, since "Self-Defense" or "Castilla-La" parts are not places.
    private static void AddHyphenParts(string text, Token token, Gazetteer gazetteer, List<(int, int, GazetteerEntry[])> found)
    {
        var surface = text.AsSpan(token.Start, token.Length);
        if (surface.IndexOf('-') < 0)
            return;
        foreach (var range in surface.Split('-'))
        {
            var part = surface[range];
            var start = token.Start + range.Start.Value;
            if (part.Length < 2 || !char.IsUpper(part[0]))
                continue;
            var key = NameNormalizer.Normalize(part.ToString());
            if (!gazetteer.TryLookupKey(key, out var entries) || entries[0].Kind != PlaceKind.Country)
                continue;
            var allCaps = !part.ContainsAnyInRange('a', 'z');
            if (gazetteer.IsAbbreviationKey(key) && !allCaps)
                continue;
            found.Add((start, part.Length, entries));
        }
    }

    private static int LongestMatch(string text, List<Token> tokens, string?[] keys, int first, int maxWords, Gazetteer gazetteer, out GazetteerEntry[] entries)
    {
        var runEnd = first;
        // Two words of slack: keys drop the article of "de los", "de la".
        while (runEnd + 1 < tokens.Count && runEnd + 1 - first < maxWords + 2 && tokens[runEnd + 1].Adjacent
            && (tokens[runEnd + 1].IsCapitalized || ProperNameContext.IsConnector(Surface(text, tokens[runEnd + 1]))))
        {
            runEnd++;
        }
        for (var last = runEnd; last >= first; last--)
        {
            if (!tokens[last].IsCapitalized)
                continue;
            var key = first == last ? KeyAt(text, tokens, keys, first) : Gazetteer.KeyOfWords(Enumerable.Range(first, last - first + 1).Select(k => KeyAt(text, tokens, keys, k)));
            if (gazetteer.TryLookupKey(key, out entries))
                return last;
        }
        entries = [];
        return -1;
    }

    private static bool IsPlausible(string text, List<Token> tokens, string?[] keys, int first, int last, GazetteerEntry[] entries, Gazetteer gazetteer)
    {
        var key = first == last ? KeyAt(text, tokens, keys, first) : null;
        if (key is not null)
        {
            if (gazetteer.IsAbbreviationKey(key) ? !tokens[first].IsAllCaps : key.Length <= 2)
                return false;
            if (gazetteer.IsDemonym(key, out _))
                return false;
            // "Colon", "Falcon": an everyday word opening a sentence is the word, not the region or
            // city. Countries stay: "China" or "Turkey" opening a sentence in a crime report is the country.
            if (tokens[first].StartsSentence && entries[0].Kind != PlaceKind.Country
                && (entries[0].IsEverydayWord || gazetteer.IsEverydayKey(key)))
                return false;
        }
        var isCountry = entries.Any(e => e.Kind == PlaceKind.Country);
        return !ProperNameContext.IsPartOfLongerName(text, tokens, first, last, isCountry, gazetteer);
    }

    private static GazetteerEntry Resolve(GazetteerEntry[] entries, Dictionary<string, int> countryVotes)
    {
        if (entries.Length == 1 || entries[0].Kind == PlaceKind.Country)
            return entries[0];
        var best = entries[0];
        var bestVotes = countryVotes.GetValueOrDefault(best.Country);
        foreach (var entry in entries)
        {
            var votes = countryVotes.GetValueOrDefault(entry.Country);
            if (votes > bestVotes)
                (best, bestVotes) = (entry, votes);
        }
        return best;
    }

    private static PlaceMatch ToMatch(string text, int start, int length, GazetteerEntry entry) =>
        new(start, length, text.Substring(start, length), entry.Name, entry.Kind, entry.Country);

    private static string KeyAt(string text, List<Token> tokens, string?[] keys, int index) =>
        keys[index] ??= NameNormalizer.Normalize(Surface(text, tokens[index]));

    private static string Surface(string text, Token token) => text.Substring(token.Start, token.Length);
}
