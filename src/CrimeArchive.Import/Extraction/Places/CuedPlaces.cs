namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Places the text itself marks as places: natural features ("the Paraguay River",
/// "Gulf of Fonseca"), names after or before a place noun ("the town of X", "the X province"), and
/// small towns the gazetteer keeps only as cue-dependent ("in Paiján, La Libertad").</summary>
internal static class CuedPlaces
{
    /// <summary>A feature starting at token first: a head before ("River X", "Gulf of X", "río X")
    /// or after ("X Valley", "X Mountains") a capitalized name. Returns its last token or -1.</summary>
    public static int FeatureEnd(string text, List<Token> tokens, int first, Gazetteer gazetteer)
    {
        var key = tokens[first].Key;
        var ofAfter = first + 1 < tokens.Count && tokens[first + 1].Key is "of" or "de" or "del";
        if (PlaceCues.IsFeatureHeadBefore(key) && (tokens[first].IsCapitalized || PlaceCues.IsLowerCaseFeatureHead(key)) && !EndsSpanishName(text, tokens, first)
            && (ofAfter || !PlaceCues.HeadsOnlyBeforeOf(key)))
        {
            var nameStart = first + 1;
            if (nameStart < tokens.Count && tokens[nameStart].Adjacent
                && text.AsSpan(tokens[nameStart].Start, tokens[nameStart].Length) is "of" or "de" or "del")
                nameStart++;
            if (nameStart < tokens.Count && text.AsSpan(tokens[nameStart].Start, tokens[nameStart].Length) is "the" or "la" or "los" or "las" or "el")
                nameStart++;
            if (nameStart < tokens.Count && tokens[nameStart].Adjacent && tokens[nameStart].IsCapitalized && !tokens[nameStart].IsAllCaps
                && !NameWords.GroupWords.Contains(tokens[nameStart].Key))
            {
                var nameEnd = PlaceCues.NameEnd(text, tokens, nameStart);
                return IsBeforeGroupWord(text, tokens, nameEnd) || IsNotAName(text, tokens, nameStart, nameEnd, gazetteer) ? -1 : nameEnd;
            }
        }
        if (!tokens[first].IsCapitalized || (tokens[first].StartsSentence && gazetteer.IsEverydayKey(key)))
            return -1;
        var last = PlaceCues.NameEnd(text, tokens, first);
        if (last + 1 >= tokens.Count || !tokens[last + 1].Adjacent)
            return -1;
        var head = tokens[last + 1].Key;
        // "the Paraguay River" is a place by its capitalized head; "the Atoya river", with the noun in
        // lower case, only describes a route.
        var isHead = (tokens[last + 1].IsCapitalized || head == "canyon") && PlaceCues.IsFeatureHeadAfter(head);
        return isHead && !IsNotAName(text, tokens, first, last, gazetteer) ? last + 1 : -1;
    }

    /// <summary>The last token of a name that a place noun next to it makes a place, or -1.</summary>
    public static int CuedNameEnd(string text, List<Token> tokens, int first, Gazetteer gazetteer)
    {
        if (!tokens[first].IsCapitalized)
            return -1;
        var last = PlaceCues.NameEnd(text, tokens, first);
        if (IsBeforeGroupWord(text, tokens, last))
            return -1;
        if (!PlaceCues.HasPrefixCue(text, tokens, first) && !PlaceCues.HasSuffixCue(text, tokens, first, last))
            return -1;
        return IsNotAName(text, tokens, first, last, gazetteer, strict: true) ? -1 : last;
    }

    /// <summary>"la colonia Lomas del Sol de Tijuana", "el barrio X de Loja": a neighbourhood's name ends
    /// before "de" and the known town it lies in. Returns the index of that "de", or -1.</summary>
    public static int TownAfterNeighbourhood(string text, List<Token> tokens, int first, int last, Gazetteer gazetteer, out GazetteerEntry[] town)
    {
        town = [];
        if (first < 1 || !PlaceNouns.BeforeName(tokens[first - 1].Key))
            return -1;
        for (var k = first + 1; k < last; k++)
        {
            if (text.AsSpan(tokens[k].Start, tokens[k].Length) is "de" && gazetteer.TryLookupKey(PlaceCues.KeyOfRange(text, tokens, k + 1, last), out town))
                return k;
        }
        return -1;
    }

    /// <summary>The last token of a name that continues a list of cued places, or -1.</summary>
    public static int ListedNameEnd(string text, List<Token> tokens, int first, Gazetteer gazetteer)
    {
        var last = PlaceCues.NameEnd(text, tokens, first);
        return IsBeforeGroupWord(text, tokens, last) || IsNotAName(text, tokens, first, last, gazetteer, strict: true) ? -1 : last;
    }

    /// <summary>A small town the gazetteer keeps apart, followed by a comma and a region or
    /// country it lies in ("Paiján, in La Libertad"). Returns its last token or -1.</summary>
    public static int MinorWithRegionEnd(string text, List<Token> tokens, int first, Gazetteer gazetteer, out GazetteerEntry[] entries)
    {
        entries = [];
        if (!tokens[first].IsCapitalized || tokens[first].IsAllCaps)
            return -1;
        var last = MinorEnd(text, tokens, first, gazetteer, out var found);
        // A name no list knows counts too, if a preposition opens it: "in Cahuita, Limón".
        if (last < 0 && PlaceCues.FollowsPlacePreposition(text, tokens, first))
        {
            last = PlaceCues.NameEnd(text, tokens, first, 3);
            found = IsNotAName(text, tokens, first, last, gazetteer, strict: true) ? [] : FromText(text, tokens, first, last, PlaceKind.City);
            if (found.Length == 0)
                last = -1;
        }
        if (last < 0 || last + 1 >= tokens.Count || text.IndexOf(',', tokens[last].End, tokens[last + 1].Start - tokens[last].End) < 0)
            return -1;
        var next = last + 1;
        if (!tokens[next].IsCapitalized && next + 1 < tokens.Count && text.AsSpan(tokens[next].Start, tokens[next].Length) is "in" or "en")
            next++;
        var regionEnd = PlaceCues.NameEnd(text, tokens, next);
        var regionKey = PlaceCues.KeyOfRange(text, tokens, next, regionEnd);
        if (!tokens[next].IsCapitalized || !gazetteer.TryLookupKey(regionKey, out var regions) || !EndsClause(text, tokens, regionEnd))
            return -1;
        if (found[0].Country.Length == 0)
        {
            // Only a region or a country vouches for an unknown name, and only one of the Americas.
            entries = regions[0].Kind != PlaceKind.City && regions[0].Country.Length > 0 ? found : [];
            return entries.Length > 0 ? last : -1;
        }
        entries = [.. found.Where(m => regions.Any(r => r.Country == m.Country))];
        return entries.Length > 0 ? last : -1;
    }

    // "in Cahuita, Limón, on Monday" but not "in Rivera, Mexico's president".
    private static bool EndsClause(string text, List<Token> tokens, int last)
    {
        var end = tokens[last].End;
        return end >= text.Length || text[end] is ',' or '.' or ';' or ')' or ':'
            || (last + 1 < tokens.Count && tokens[last + 1].Adjacent && text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length) is "and" or "y");
    }

    /// <summary>The longest small-town name starting at first, or -1.</summary>
    public static int MinorEnd(string text, List<Token> tokens, int first, Gazetteer gazetteer, out GazetteerEntry[] entries)
    {
        var end = PlaceCues.NameEnd(text, tokens, first, 4);
        for (var last = end; last >= first; last--)
        {
            if (tokens[last].IsCapitalized && gazetteer.TryLookupMinorKey(PlaceCues.KeyOfRange(text, tokens, first, last), out entries))
                return last;
        }
        entries = [];
        return -1;
    }

    /// <summary>A made-up gazetteer entry for a place only the text names.</summary>
    public static GazetteerEntry[] FromText(string text, List<Token> tokens, int first, int last, PlaceKind kind) =>
        [new(string.Join(' ', text[tokens[first].Start..tokens[last].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), kind, "", 0, false)];

    // "Gulf Clan", "the Valle Valle family": a group's name, not a place's.
    private static bool IsBeforeGroupWord(string text, List<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Adjacent
        && NameWords.GroupWords.Contains(tokens[last + 1].Key);

    // "Clan del Golfo": a head word closing a longer Spanish name is no feature's head.
    private static bool EndsSpanishName(string text, List<Token> tokens, int head) =>
        head >= 2 && tokens[head].Adjacent && tokens[head - 1].Adjacent && tokens[head - 2].IsCapitalized
        && text.AsSpan(tokens[head - 1].Start, tokens[head - 1].Length) is "de" or "del";

    // Demonyms, titles, group words and everyday words are no place names ("the state of Emergency",
    // "the Honduran region"), nor are adjectival world regions ("the Caribbean region"). Strict: a
    // name the gazetteer lacks may hold no everyday word at all ("the department of Homeland Security").
    private static bool IsNotAName(string text, List<Token> tokens, int first, int last, Gazetteer gazetteer, bool strict = false)
    {
        var allEveryday = true;
        var anyEveryday = false;
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized)
                continue;
            var key = tokens[k].Key;
            if (NameWords.TitleWords.Contains(key) || NameWords.GroupWords.Contains(key))
                return true;
            var everyday = gazetteer.IsEverydayKey(key) || NameWords.SpanishFunctionWords.Contains(key);
            allEveryday &= everyday;
            anyEveryday |= everyday && !NameWords.SpanishFunctionWords.Contains(key);
        }
        var spanKey = PlaceCues.KeyOfRange(text, tokens, first, last);
        var known = gazetteer.TryLookupKey(spanKey, out var entries);
        // A noun-only region before a place noun is an adjective ("the Caribbean region"), but not
        // before a feature head ("the Amazon River").
        if (strict && known && entries[0].IsNounOnly)
            return true;
        if (first == last && (gazetteer.IsDemonymKey(spanKey, out _) || (!known && strict && LooksAdjectival(spanKey))))
            return true;
        return !known && (allEveryday || (strict && anyEveryday));
    }

    // "the Bolivarian state", "the Islamic state": an unknown adjective is no place name.
    private static bool LooksAdjectival(string key) =>
        key.EndsWith("ian", StringComparison.Ordinal) || key.EndsWith("ean", StringComparison.Ordinal)
        || key.EndsWith("ic", StringComparison.Ordinal) || key.EndsWith("ese", StringComparison.Ordinal)
        || key.EndsWith("ish", StringComparison.Ordinal) || key.EndsWith("ist", StringComparison.Ordinal);
}
