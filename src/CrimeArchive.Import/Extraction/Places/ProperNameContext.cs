using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Where a capitalized name stands: alone, or inside the name of a group, a person or something else.</summary>
internal enum NameContext { Alone, InGroupName, InPersonName, InOtherName }

/// <summary>Tells whether a capitalized name stands alone or is one piece of a longer proper
/// name: "Sinaloa" in "Sinaloa Cartel", "Colombia" in "Self-Defense Forces of Colombia",
/// "Rivera" in "Devis Leonel Rivera Maradiaga". Shared by the place finder and the entity extractor.</summary>
public static class ProperNameContext
{
    public static bool IsGroupWord(string word) => NameWords.GroupWords.Contains(NameNormalizer.Normalize(word));

    /// <summary>True when text[start..start+length) is only part of a longer proper name. A country
    /// may modify a following name ("US Attorney", "Colombia Police") unless that is a group word.
    /// Only a window of text around the name is read, so this is cheap on long texts.</summary>
    public static bool IsPartOfLongerName(string text, int start, int length, bool isCountry = false)
    {
        var from = WindowStart(text, start);
        var to = WindowEnd(text, start + length);
        var window = text[from..to];
        var tokens = TextTokens.Split(window);
        var first = tokens.FindIndex(t => t.End > start - from);
        var last = tokens.FindLastIndex(t => t.Start < start + length - from);
        return first >= 0 && last >= first && IsPartOfLongerName(window, tokens, first, last, isCountry, Gazetteer.Default);
    }

    // Windows start and end at a line break or a space, never inside a word.
    private const int WindowReach = 160;

    private static int WindowStart(string text, int start)
    {
        var from = Math.Max(0, start - WindowReach);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1]))
            from++;
        return from;
    }

    private static int WindowEnd(string text, int end)
    {
        var to = Math.Min(text.Length, end + WindowReach);
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to]))
            to--;
        return to;
    }

    internal static bool IsConnector(ReadOnlySpan<char> surface) => ConnectorLookup.Contains(surface);

    // Connectors are asked for by the text's own characters, every word of a name: no substring is cut for it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup =
        NameWords.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsPartOfLongerName(string text, List<Token> tokens, int first, int last, bool isCountry, Gazetteer gazetteer) =>
        Classify(text, tokens, first, last, isCountry, gazetteer) != NameContext.Alone;

    internal static NameContext Classify(string text, List<Token> tokens, int first, int last, bool isCountry, Gazetteer gazetteer)
    {
        var nextContext = NextWordContext(text, tokens, last, isCountry, gazetteer);
        if (nextContext == NameContext.InGroupName)
            return nextContext;
        if (first > 0 && tokens[first].Adjacent)
        {
            var previous = tokens[first - 1];
            var previousKey = previous.Key;
            if (previous.IsCapitalized)
            {
                if (NameWords.GroupWords.Contains(previousKey))
                    return NameContext.InGroupName;
                if (NameWords.TitleWords.Contains(previousKey))
                    return NameContext.InPersonName;
                // "Bajo Cauca" is a subregion, not the department; "Zetas Tamaulipas" in a headline
                // is no person: only two names before ("Juan Manuel Santos") or a second surname
                // after ("Leonel Rivera Maradiaga") make one.
                if (IsNameWord(previous, gazetteer))
                {
                    var looksLikePerson = !NameWords.SpanishPlaceWords.Contains(previousKey)
                        && ((first > 1 && previous.Adjacent && IsNameWord(tokens[first - 2], gazetteer))
                            || nextContext == NameContext.InOtherName);
                    return looksLikePerson ? NameContext.InPersonName : NameContext.InOtherName;
                }
            }
            else if (IsConnector(Surface(text, previous)))
            {
                if (NamesGroupBefore(text, tokens, first - 1) || FollowsSpanishName(text, tokens, first - 1, gazetteer))
                    return NameContext.InGroupName;
                if (first > 1 && previous.Adjacent && tokens[first - 2].IsCapitalized && NameWords.FeatureWords.Contains(tokens[first - 2].Key))
                    return NameContext.InOtherName;
            }
        }
        if (nextContext != NameContext.Alone)
            return nextContext;
        return !isCountry && IsPossessiveOfName(text, tokens, last, gazetteer) ? NameContext.InOtherName : NameContext.Alone;
    }

    private static NameContext NextWordContext(string text, List<Token> tokens, int last, bool isCountry, Gazetteer gazetteer)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].Adjacent || !tokens[last + 1].IsCapitalized)
            return NameContext.Alone;
        var next = tokens[last + 1].Key;
        if (NameWords.GroupWords.Contains(next))
            return NameContext.InGroupName;
        var keepsPlace = NameWords.PlaceWords.Contains(next) || gazetteer.IsEverydayKey(next) || isCountry || tokens[last + 1].IsAllCaps;
        return keepsPlace ? NameContext.Alone : NameContext.InOtherName;
    }

    // "Norman's Cay": a town's possessive before a capitalized unknown word is a longer name; before
    // an everyday word it is the place ("Sinaloa's governor", "Sinaloa's Governor").
    private static bool IsPossessiveOfName(string text, List<Token> tokens, int last, Gazetteer gazetteer)
    {
        var end = tokens[last].End;
        if (last + 2 >= tokens.Count || end + 1 >= text.Length || text[end] is not ('\'' or '’') || tokens[last + 1].Start != end + 1)
            return false;
        var owned = tokens[last + 2];
        return tokens[last + 1].Length == 1 && owned.Adjacent && owned.IsCapitalized && !owned.IsAllCaps
            && !gazetteer.IsEverydayKey(owned.Key) && !NamesPlaceWithin(tokens, last + 2);
    }

    // "Michoacán's Tierra Caliente region": what the place owns is a smaller place, not a longer name.
    private static bool NamesPlaceWithin(List<Token> tokens, int owned)
    {
        var k = owned;
        while (k + 1 < tokens.Count && tokens[k + 1].Adjacent && tokens[k + 1].IsCapitalized && k - owned < 4)
            k++;
        return k + 1 < tokens.Count && tokens[k + 1].Adjacent && !tokens[k + 1].IsCapitalized
            && NameWords.PlaceWords.Contains(tokens[k + 1].Key);
    }

    private static bool IsNameWord(Token token, Gazetteer gazetteer)
    {
        if (!token.IsCapitalized || token.IsAllCaps)
            return false;
        var key = token.Key;
        return !gazetteer.IsEverydayKey(key) && !NameWords.SpanishFunctionWords.Contains(key) && !IsPlaceWordBefore(key)
            && !NameWords.GroupWords.Contains(key) && !NameWords.TitleWords.Contains(key);
    }

    private static bool IsPlaceWordBefore(string key) => key is "northern" or "southern" or "eastern" or "western" or "central";

    // "Revolutionary Armed Forces of Colombia", "Cartel de Jalisco": walks back over the connectors
    // and the capitalized words before them looking for a group word.
    private static bool NamesGroupBefore(string text, List<Token> tokens, int connectorIndex)
    {
        var i = connectorIndex;
        while (i >= 0 && tokens[i].Adjacent && !tokens[i].IsCapitalized && IsConnector(Surface(text, tokens[i])))
            i--;
        if (i < 0 || !tokens[i].IsCapitalized || !tokens[i + 1].Adjacent)
            return false;
        // "the Reed Cartel of Guatemala": an English name closed by its group noun, then where the group is from.
        if (i == connectorIndex - 1 && i >= 1 && text.AsSpan(tokens[connectorIndex].Start, tokens[connectorIndex].Length).SequenceEqual("of")
            && NameWords.ClosesEnglishGroupName(tokens[i].Key)
            && tokens[i - 1].IsCapitalized && tokens[i].Adjacent && !NameWords.Connectors.Contains(tokens[i - 1].Key))
            return false;
        for (var steps = 0; i >= 0 && steps < 6 && tokens[i].IsCapitalized; i--, steps++)
        {
            if (NameWords.GroupWords.Contains(tokens[i].Key))
                return true;
            if (!tokens[i].Adjacent)
                break;
        }
        return false;
    }

    // "Tren de Aragua", "Clan del Golfo": in Spanish, a capitalized word joined by "de"/"del" to a
    // place names something else, unless it is a place word ("Municipio de Tomatlán").
    private static bool FollowsSpanishName(string text, List<Token> tokens, int connectorIndex, Gazetteer gazetteer)
    {
        var i = connectorIndex;
        while (i >= 0 && tokens[i].Adjacent && !tokens[i].IsCapitalized && SpanishConnector(text, tokens[i]))
            i--;
        if (i < 0 || i == connectorIndex || !tokens[i].IsCapitalized || tokens[i].IsAllCaps)
            return false;
        if (!SpanishConnector(text, tokens[i + 1]) || Surface(text, tokens[i + 1]) is not ("de" or "del"))
            return false;
        var key = tokens[i].Key;
        return !NameWords.SpanishPlaceWords.Contains(key) && !gazetteer.IsEverydayKey(key);
    }

    private static bool SpanishConnector(string text, Token token) =>
        Surface(text, token) is "de" or "del" or "la" or "las" or "los" or "el";

    private static ReadOnlySpan<char> Surface(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
