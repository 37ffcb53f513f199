using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>A gazetteer name found in a text before its candidates are narrowed to one place.
/// Cued: the text itself says it is a place ("the town of X"), so no surname test applies.
/// NeedsCountryVote: a small town kept only if the text points to its country elsewhere.</summary>
internal sealed record PlaceCandidate(int Start, int Length, string Key, GazetteerEntry[] Entries)
{
    public bool Cued { get; init; }

    public bool NeedsCountryVote { get; init; }

    /// <summary>Opened or continues a list after a plural place noun ("the towns of X, Y and Z").</summary>
    public bool InList { get; init; }
}

/// <summary>One pass over a text: longest gazetteer names over capitalized words, each checked
/// against its neighbours. Place names seen inside a person's name go to surnames.</summary>
internal static partial class PlaceScanner
{
    /// <summary>Demonyms ("Honduran police") add to countryHints: they name no place but point to a country.</summary>
    public static List<PlaceCandidate> Scan(string text, Gazetteer gazetteer, HashSet<string> surnames, Dictionary<string, int> countryHints)
    {
        var tokens = TextTokens.Split(text);
        var found = new List<PlaceCandidate>();
        var listFrom = LabelledListStart(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized && !PlaceCues.IsLowerCaseFeatureHead(tokens[i].Key))
                continue;
            if (ReachOfKnownPlace(text, tokens, i, gazetteer, found) is var reachLast and >= 0)
            {
                i = reachLast;
                continue;
            }
            var maxWords = gazetteer.MaxWordsStartingWith(tokens[i].Key);
            GazetteerEntry[] entries = [];
            var last = maxWords == 0 || !tokens[i].IsCapitalized ? -1 : LongestMatch(text, tokens, i, maxWords, gazetteer, out entries);
            var cuedLast = TryCued(text, tokens, i, last, entries, gazetteer, found, opensList: i == listFrom);
            if (cuedLast >= 0)
            {
                i = cuedLast;
                continue;
            }
            if (!tokens[i].IsCapitalized)
                continue;
            if (last < 0)
            {
                var minorLast = TryMinor(text, tokens, i, gazetteer, found);
                if (minorLast < 0)
                    minorLast = TryAfterPreposition(text, tokens, i, gazetteer, found);
                if (minorLast < 0)
                    minorLast = TryTownOpener(text, tokens, i, gazetteer, found);
                if (minorLast >= 0)
                {
                    i = minorLast;
                    continue;
                }
                if (gazetteer.IsDemonymKey(tokens[i].Key, out var country))
                    countryHints[country] = countryHints.GetValueOrDefault(country) + 1;
                AddHyphenParts(text, tokens[i], gazetteer, found);
                continue;
            }
            // "San Juan de la Costa": a known "San Juan" that goes on is a town no list knows.
            var ofPhrase = WithOfPhrase(text, tokens, i, last);
            if (ofPhrase == last && (PlaceCues.FollowsPlacePreposition(text, tokens, i) || FollowsPlaceByAnd(text, tokens, i, found))
                && TownOfOneWord(text, tokens, i, last, entries, gazetteer) is var townLast and >= 0)
                ofPhrase = townLast;
            if (ofPhrase > last && ProperNameContext.Classify(text, tokens, i, ofPhrase, false, gazetteer) == NameContext.Alone)
            {
                found.Add(new PlaceCandidate(tokens[i].Start, tokens[ofPhrase].End - tokens[i].Start, KeyOfSpan(text, tokens, i, ofPhrase),
                    CuedPlaces.FromText(text, tokens, i, ofPhrase, PlaceKind.City)) { Cued = true });
                i = ofPhrase;
                continue;
            }
            var key = KeyOfSpan(text, tokens, i, last);
            switch (Judge(text, tokens, key, i, last, entries, gazetteer))
            {
                case NameContext.Alone:
                    found.Add(new PlaceCandidate(tokens[i].Start, tokens[last].End - tokens[i].Start, key, entries));
                    break;
                case NameContext.InPersonName when i == last && !IsTitleCaseLine(text, tokens[i].Start):
                    surnames.Add(key);
                    break;
            }
            i = last;
        }
        AddListedValleys(text, gazetteer, found);
        return found;
    }

    // A valley the gazetteer knows by its acronym keeps the gazetteer's entry, its listed name one more form of it.
    private static void AddListedValleys(string text, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        var added = false;
        foreach (var valley in ListedValleys.Find(text))
        {
            var end = valley.AcronymStart + valley.Acronym.Length;
            var acronymKey = NameNormalizer.Normalize(valley.Acronym);
            GazetteerEntry[] entries = gazetteer.TryLookupKey(acronymKey, out var known) ? known : [valley.Entry];
            found.RemoveAll(c => c.Start < end && valley.Start < c.Start + c.Length);
            found.Add(new PlaceCandidate(valley.Start, valley.Length, NameNormalizer.Normalize(valley.Entry.Name), entries) { Cued = true });
            found.Add(new PlaceCandidate(valley.AcronymStart, valley.Acronym.Length, acronymKey, entries) { Cued = true });
            added = true;
        }
        if (added)
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"Tlacotepec y Arenal": token i follows a place just found and "and", "y" or "e".</summary>
    private static bool FollowsPlaceByAnd(string text, List<Token> tokens, int i, List<PlaceCandidate> found) =>
        i >= 2 && found.Count > 0 && found[^1].Start + found[^1].Length == tokens[i - 2].End && tokens[i].Adjacent && tokens[i - 1].Adjacent
        && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "and" or "y" or "e";

    // "in Tlacotepec and Arenal del Pino", "en Arenal de los Tejos": a known town's name that goes on past "de" by one
    // word is a town of its own, after a place preposition or "and". Not a state's or a country's ("Michoacán de Los
    // Tordos"), nor where the "de" opens a person's or a body's name, or a state ("en Culiacán de Eligio Sarabia", "de
    // la Guardia Nacional", "Arenal de Sonora"). Returns the last token, or -1.
    private static int TownOfOneWord(string text, List<Token> tokens, int first, int last, GazetteerEntry[] entries, Gazetteer gazetteer)
    {
        if (entries.Length == 0 || entries.Any(e => e.Kind != PlaceKind.City))
            return -1;
        var townLast = WithOfPhrase(text, tokens, first, last, anyName: true);
        if (townLast <= last || tokens[townLast - 1].IsCapitalized)
            return -1;
        var tail = tokens[townLast].Key;
        var elsewhere = gazetteer.TryLookupKey(tail, out var tailEntries) && tailEntries.Any(e => e.Kind != PlaceKind.City);
        return elsewhere || Entities.GivenNames.Contains(tail) || NameWords.GroupWords.Contains(tail) || Entities.NameWords.IsInstitutionWord(tail) ? -1 : townLast;
    }

    private static int LongestMatch(string text, List<Token> tokens, int first, int maxWords, Gazetteer gazetteer, out GazetteerEntry[] entries)
    {
        var runEnd = first;
        // Two words of slack: keys drop the article of "de los", "de la".
        while (runEnd + 1 < tokens.Count && runEnd + 1 - first < maxWords + 2 && tokens[runEnd + 1].Adjacent
            && (tokens[runEnd + 1].IsCapitalized || ProperNameContext.IsConnector(text.AsSpan(tokens[runEnd + 1].Start, tokens[runEnd + 1].Length))))
        {
            runEnd++;
        }
        for (var last = runEnd; last >= first; last--)
        {
            if (tokens[last].IsCapitalized && gazetteer.TryLookupKey(KeyOfSpan(text, tokens, first, last), out entries))
                return last;
        }
        entries = [];
        return -1;
    }

    // Alone means a place; anything else says what longer name the words belong to.
    private static NameContext Judge(string text, List<Token> tokens, string key, int first, int last, GazetteerEntry[] entries, Gazetteer gazetteer)
    {
        if (first == last)
        {
            // "US" only in capitals; short names in capitals ("ICA", "LIMA") are likelier acronyms.
            if (gazetteer.IsAbbreviationKey(key) ? !tokens[first].IsAllCaps : key.Length <= 2 || (key.Length <= 4 && tokens[first].IsAllCaps))
                return NameContext.InOtherName;
            if (gazetteer.IsDemonymKey(key, out _))
                return NameContext.InOtherName;
            // "Colon", "Falcon": an everyday word opening a sentence is the word, not the region or
            // city. Countries stay: "China" or "Turkey" opening a sentence in a crime report is the country.
            if (tokens[first].StartsSentence && entries[0].Kind != PlaceKind.Country
                && (entries[0].IsEverydayWord || gazetteer.IsEverydayKey(key)))
                return NameContext.InOtherName;
            // "Para sacar la droga…": a Spanish function word written without the place's accent ("Pará").
            if (tokens[first].StartsSentence && text.AsSpan(tokens[first].Start, tokens[first].Length) is "Para" or "Como" or "Entre" or "Sobre" or "Tras")
                return NameContext.InOtherName;
        }
        if (FollowsAlias(text, tokens[first].Start))
            return NameContext.InOtherName;
        if (PlaceCues.FollowsAbbreviatedTitle(text, tokens, first))
            return NameContext.InPersonName;
        if (entries[0].IsNounOnly && IsFollowedByNoun(text, tokens, last))
            return NameContext.InOtherName;
        var isCountry = entries.Any(e => e.Kind == PlaceKind.Country);
        return ProperNameContext.Classify(text, tokens, first, last, isCountry, gazetteer);
    }

    // "Caribbean coast", "Caribbean Coast": a noun-only region before a word other than a function
    // word is an adjective.
    private static bool IsFollowedByNoun(string text, List<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Adjacent
        && (tokens[last + 1].IsCapitalized || !PlaceCues.IsFunctionWordAfter(tokens[last + 1].Key));

    // An alias in quotes ("alias \"Tigre,\"") is a nickname, whatever place it is named after.
    private static bool FollowsAlias(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '"' or '“' or '\'' or '‘' or '«')
            k--;
        return k >= 4 && (text.AsSpan(k - 4, 5).Equals("alias", StringComparison.OrdinalIgnoreCase) || text.AsSpan(k - 4, 5).Equals("vulgo", StringComparison.OrdinalIgnoreCase));
    }

    // "US-Mexico border", "Colombia-based": each capitalized part of a hyphenated word may be a
    // country on its own. Only countries, since "Self-Defense" or "Castilla-La" parts are not places.
    private static void AddHyphenParts(string text, Token token, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        var surface = text.AsSpan(token.Start, token.Length);
        if (surface.IndexOf('-') < 0)
            return;
        foreach (var range in surface.Split('-'))
        {
            var part = surface[range];
            if (part.Length < 2 || !char.IsUpper(part[0]))
                continue;
            var key = NameNormalizer.Normalize(part.ToString());
            if (!gazetteer.TryLookupKey(key, out var entries) || entries[0].Kind != PlaceKind.Country)
                continue;
            if (gazetteer.IsAbbreviationKey(key) && part.ContainsAnyInRange('a', 'z'))
                continue;
            found.Add(new PlaceCandidate(token.Start + range.Start.Value, part.Length, key, entries));
        }
    }

    // In a headline written in title case ("Zetas Tamaulipas Feud Grows") capitals say nothing
    // about names, so a place there is never taken for a surname.
    private static bool IsTitleCaseLine(string text, int position)
    {
        var start = text.LastIndexOf('\n', position) + 1;
        var end = text.IndexOf('\n', position);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        int words = 0, capitalized = 0;
        foreach (var range in line.SplitAny(' ', '\t'))
        {
            var word = line[range];
            if (word.Length < 4 || !char.IsLetter(word[0]))
                continue;
            words++;
            if (char.IsUpper(word[0]))
                capitalized++;
        }
        return words >= 3 && capitalized * 10 >= words * 8;
    }

    private static string KeyOfSpan(string text, List<Token> tokens, int first, int last) => PlaceCues.KeyOfRange(text, tokens, first, last);

    private static string Surface(string text, Token token) => text.Substring(token.Start, token.Length);
}
