namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Finds the places a text names, with their offsets. The longest gazetteer name wins
/// ("Valle del Cauca" over "Cauca"); demonyms, everyday words opening a sentence, and places that
/// are only part of a longer proper name ("Sinaloa Cartel", "Juan Manuel Santos") are skipped, and
/// so is a place name the same text uses as a person's surname ("Santos said" after "President
/// Santos"). A name shared by several places resolves to a country first, then to a place in the
/// country the rest of the text (its places and demonyms) points to most, then by the gazetteer's order.</summary>
public static class PlaceFinder
{
    public static IReadOnlyList<PlaceMatch> Find(string text) => FindInParagraphs([text], Gazetteer.Default)[0];

    public static IReadOnlyList<PlaceMatch> Find(string text, Gazetteer gazetteer) => FindInParagraphs([text], gazetteer)[0];

    /// <summary>Finds places in each paragraph of one document; surnames and countries seen in any
    /// paragraph inform all of them. Offsets are within each paragraph.</summary>
    public static IReadOnlyList<IReadOnlyList<PlaceMatch>> FindInParagraphs(IReadOnlyList<string> paragraphs) =>
        FindInParagraphs(paragraphs, Gazetteer.Default);

    public static IReadOnlyList<IReadOnlyList<PlaceMatch>> FindInParagraphs(IReadOnlyList<string> paragraphs, Gazetteer gazetteer)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var countryVotes = new Dictionary<string, int>();
        // Plain loops: the finder runs on every paragraph, and the candidates are few.
        var candidates = new List<PlaceCandidate>[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
            candidates[p] = PlaceScanner.Scan(paragraphs[p], gazetteer, surnames, countryVotes);
        foreach (var found in candidates)
        {
            foreach (var c in found)
            {
                if (!c.NeedsCountryVote && c.Entries[0].Country.Length > 0 && !IsSurname(c, surnames))
                    AddCountryVote(countryVotes, c.Entries);
            }
        }
        var results = new IReadOnlyList<PlaceMatch>[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var matches = new List<PlaceMatch>();
            foreach (var c in candidates[p])
            {
                if (!IsSurname(c, surnames) && (!c.NeedsCountryVote || AnyCountryVoted(c.Entries, countryVotes)))
                    matches.Add(ToMatch(paragraphs[p], c, Resolve(c.Entries, countryVotes)));
            }
            results[p] = matches;
        }
        return results;
    }

    private static bool AnyCountryVoted(GazetteerEntry[] entries, Dictionary<string, int> countryVotes)
    {
        foreach (var entry in entries)
        {
            if (countryVotes.ContainsKey(entry.Country))
                return true;
        }
        return false;
    }

    // A one-word town or region named like a surname the text gives a person is that surname.
    private static bool IsSurname(PlaceCandidate candidate, HashSet<string> surnames) =>
        surnames.Count > 0 && !candidate.Cued && candidate.Entries[0].Kind != PlaceKind.Country && surnames.Contains(candidate.Key);

    // A country the text names, or that an unambiguous place of the text lies in, counts once more
    // (demonyms have voted already).
    private static void AddCountryVote(Dictionary<string, int> votes, GazetteerEntry[] entries)
    {
        var country = entries[0].Kind == PlaceKind.Country || AllInOneCountry(entries) ? entries[0].Country : null;
        if (country is not null)
            votes[country] = votes.GetValueOrDefault(country) + 1;
    }

    private static bool AllInOneCountry(GazetteerEntry[] entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Country != entries[0].Country)
                return false;
        }
        return true;
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

    private static PlaceMatch ToMatch(string text, PlaceCandidate candidate, GazetteerEntry entry) =>
        new(candidate.Start, candidate.Length, text.Substring(candidate.Start, candidate.Length), entry.Name, entry.Kind, entry.Country)
        {
            IsCued = candidate.Cued || candidate.NeedsCountryVote || entry.Country.Length == 0,
        };
}
