using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Words around a capitalized name that say it is a place even when the gazetteer does
/// not know it: "the town of X", "el municipio de X", "the X province", "the X River", "río X".
/// Only generic words: the names themselves come from the text.</summary>
internal static class PlaceCues
{
    // Words that open only the names of towns: "Puerto Castilla", "San Esteban", "Ciudad Hidalgo" (not "Santo",
    // a given name too: Santo Trafficante).
    private static readonly HashSet<string> TownOpeners = new(StringComparer.Ordinal) { "puerto", "porto", "san", "santa", "sao", "ciudad" };

    // Saints and feasts the same words open that are no towns: a shrine to Santa Muerte, la noche de San Valentín.
    private static readonly HashSet<string> DevotionsAndFeasts = new(StringComparer.Ordinal)
    {
        "santa muerte", "santa claus", "san judas", "san judas tadeo", "san valentin", "san patricio", "santa semana",
    };

    /// <summary>Whether a name (a normalized key) is a saint or a feast rather than a town.</summary>
    public static bool IsDevotionOrFeast(string key) => DevotionsAndFeasts.Contains(key);

    /// <summary>Whether the word (a normalized key) opens only the names of towns, never a person's.</summary>
    public static bool OpensTownName(string key) => TownOpeners.Contains(key);

    // Abbreviated titles: "Mr. Limón" is a person although the dot ends the word.
    private static readonly HashSet<string> AbbreviatedTitles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "sr", "sra", "lic", "ing",
    };

    // Natural features: the head word makes the whole a place ("Paraguay River", "Gulf of Fonseca").
    private static readonly HashSet<string> FeatureHeadsAfter = new(StringComparer.Ordinal)
    {
        "river", "valley", "mountains", "mountain", "bay", "lake", "basin", "peninsula", "desert", "islands",
        "island", "range", "sierra", "canyon", "highlands", "lowlands", "plateau", "delta", "county",
    };

    private static readonly HashSet<string> FeatureHeadsBefore = new(StringComparer.Ordinal)
    {
        "river", "rio", "lake", "lago", "laguna", "sierra", "cordillera", "mount", "cerro", "volcan", "isla", "islas",
        "bahia", "golfo", "gulf", "bay", "strait", "estrecho", "cape", "cabo", "peninsula", "valle", "canal",
        "serrania", "canon", "paramo", "cienaga",
    };

    // Spanish writes a feature's noun in lower case before its name: "el golfo de Urabá", "la serranía de San Lucas".
    public static bool IsLowerCaseFeatureHead(string key) => key is "rio" or "golfo" or "serrania" or "canon" or "paramo" or "cienaga" or "bahia" or "laguna";

    /// <summary>"la serranía de San Lucas", but "the Serrania Mountains": feature nouns that head a name only before "de".</summary>
    public static bool HeadsOnlyBeforeOf(string key) => key is "serrania" or "canon" or "paramo" or "cienaga";

    /// <summary>"Bajo Cauca", "Alto Baudó": the lower or upper reach of a place the gazetteer knows is a region;
    /// "Alto Comisionado" or "Bajo Nerio Talavera" is not.</summary>
    public static bool IsReachWord(string key) => key is "bajo" or "alto";

    // Words that may follow a noun-only region used as a noun: "to the Caribbean and back".
    private static readonly HashSet<string> FunctionWordsAfter = new(StringComparer.Ordinal)
    {
        "and", "or", "in", "to", "from", "with", "by", "for", "of", "on", "at", "as", "is", "was", "are", "were",
        "has", "have", "had", "where", "which", "that", "since", "through", "via", "into", "but", "while",
        "until", "after", "before", "y", "o", "en", "a", "hacia", "desde", "donde",
    };

    public static bool IsFeatureHeadAfter(string key) => FeatureHeadsAfter.Contains(key);

    public static bool IsFeatureHeadBefore(string key) => FeatureHeadsBefore.Contains(key);

    public static bool IsFunctionWordAfter(string key) => FunctionWordsAfter.Contains(key);

    /// <summary>True when the words just before token i say that a place name starts there.</summary>
    public static bool HasPrefixCue(string text, List<Token> tokens, int i)
    {
        if (IsApposition(text, tokens, i))
            return true;
        if (i < 1 || !tokens[i].Adjacent)
            return false;
        var previous = tokens[i - 1];
        var previousKey = previous.Key;
        if (!previous.IsCapitalized && (PlaceNouns.BeforeName(previousKey) || PlaceNouns.BeforeNames(previousKey)))
            return true;
        if (OpensExampleList(tokens, i))
            return true;
        if (i < 2 || !previous.Adjacent || previous.IsCapitalized || tokens[i - 2].IsCapitalized)
            return false;
        var noun = tokens[i - 2].Key;
        // "la ciudad fronteriza de X"
        if (previousKey is "de" or "del" && i >= 3 && tokens[i - 2].Adjacent && !tokens[i - 3].IsCapitalized
            && PlaceNouns.MayQualify(noun) && PlaceNouns.BeforeOf(tokens[i - 3].Key))
            return true;
        // "the Baz Tigre gang of Lomita", "una banda de Palmar": one word that is no one's first name.
        if (previousKey is "of" or "de" && PlaceNouns.IsGang(noun) && !tokens[i].IsAllCaps && (i + 1 >= tokens.Count || !tokens[i + 1].Adjacent || !tokens[i + 1].IsCapitalized)
            && !Entities.GivenNames.Contains(text.Substring(tokens[i].Start, tokens[i].Length)) && tokens[i].Key is not ("los" or "las" or "la" or "el"))
            return true;
        return previousKey switch
        {
            "of" or "de" or "del" => PlaceNouns.BeforeOf(noun),
            "at" => noun is "crossing" or "port",
            "in" or "en" => PlaceNouns.IsPremises(noun) && !PlaceScanner.IsCalendarWord(tokens[i].Key),
            // "fled south to Pampa Dorada".
            "to" => PlaceNouns.IsDirection(noun),
            _ => false,
        };
    }

    // "a Chilean border village, Colchane, has...": a name set off by commas right after a singular
    // place noun names that place.
    private static bool IsApposition(string text, List<Token> tokens, int i)
    {
        if (i < 1 || tokens[i].Adjacent || tokens[i - 1].IsCapitalized || !PlaceNouns.IsSingular(tokens[i - 1].Key)
            || tokens[i - 1].Key.EndsWith('s') || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim() is not ",")
            return false;
        var last = NameEnd(text, tokens, i, 3);
        return tokens[last].End < text.Length && text[tokens[last].End] == ',';
    }

    /// <summary>True when token i follows an abbreviated title ("Mr. X", "Gen. X").</summary>
    public static bool FollowsAbbreviatedTitle(string text, List<Token> tokens, int i) =>
        i >= 1 && AbbreviatedTitles.Contains(tokens[i - 1].Key)
        && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim() is ".";

    /// <summary>True when a place preposition comes just before token i ("in X", "near X").</summary>
    public static bool FollowsPlacePreposition(string text, List<Token> tokens, int i) =>
        i >= 1 && tokens[i].Adjacent && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "in" or "near" or "from" or "at" or "outside" or "en" or "cerca" or "desde";

    /// <summary>True when a plural place noun opens a list there ("the municipalities of X, Y and Z").</summary>
    public static bool HasPluralPrefixCue(string text, List<Token> tokens, int i) =>
        OpensExampleList(tokens, i) || HasPrefixCue(text, tokens, i) && tokens[i - 1].Adjacent && !tokens[i - 1].IsCapitalized
        && (PlaceNouns.IsPlural(tokens[i - 2].Key) || PlaceNouns.BeforeNames(tokens[i - 1].Key));

    /// <summary>What stands between two names of a list of places: a comma, "and"/"y"/"e", or both.</summary>
    public static bool IsListSeparator(ReadOnlySpan<char> between) => between.Trim() is "," or "and" or "y" or "e" or ", and" or ", y";

    /// <summary>"the Chontal and Arenal neighborhoods": token i opens names joined by commas and "and"/"y"
    /// that a plural place noun closes, after a lower-case word (at a sentence's start a name may be anything).</summary>
    public static bool OpensListBeforePluralNoun(string text, List<Token> tokens, int i)
    {
        if (i < 1 || !tokens[i].Adjacent || tokens[i - 1].IsCapitalized)
            return false;
        var names = 0;
        var k = i;
        while (k < tokens.Count && tokens[k].IsCapitalized)
        {
            var last = NameEnd(text, tokens, k, 3);
            names++;
            var next = last + 1;
            if (next >= tokens.Count)
                return false;
            if (tokens[next].Adjacent && !tokens[next].IsCapitalized && PlaceNouns.AfterNames(tokens[next].Key))
                return names >= 2;
            // "A, B and C", "A, B, and C", "A y B".
            if (!tokens[next].IsCapitalized && tokens[next].Key is "and" or "y" or "e")
                next++;
            if (next >= tokens.Count || !tokens[next].IsCapitalized || !IsListSeparator(text.AsSpan(tokens[last].End, tokens[next].Start - tokens[last].End)))
                return false;
            k = next;
        }
        return false;
    }

    // "villages such as X, Y and Z", "pueblos como X": examples of a plural place noun are places, when nothing
    // stands between noun, cue and name ("villages, including Nerio Talavera, who fled" may name a person).
    private static bool OpensExampleList(List<Token> tokens, int i) =>
        i >= 2 && tokens[i].Adjacent && tokens[i - 1].Adjacent && !tokens[i - 1].IsCapitalized && !tokens[i - 2].IsCapitalized
        && (tokens[i - 1].Key == "as" && tokens[i - 2].Key == "such" && i >= 3 && tokens[i - 2].Adjacent && PlaceNouns.IsPlural(tokens[i - 3].Key)
            || PlaceNouns.IsExampleCue(tokens[i - 1].Key) && PlaceNouns.IsPlural(tokens[i - 2].Key));

    /// <summary>True when the word after token last is a place noun ("the Chapare province").</summary>
    public static bool HasSuffixCue(string text, List<Token> tokens, int first, int last)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].Adjacent || tokens[last + 1].IsCapitalized)
            return false;
        // Only after a lower-case word ("the", "in"): at a sentence start the name may be anything.
        if (first == 0 || !tokens[first].Adjacent || tokens[first - 1].IsCapitalized)
            return false;
        var noun = tokens[last + 1].Key;
        if (noun == "border")
            return last + 2 < tokens.Count && tokens[last + 2].Adjacent && tokens[last + 2].Key == "crossing";
        // "the Pacific port city": a place noun before another is an adjective's.
        var after = last + 2;
        return PlaceNouns.AfterName(noun)
            && (after >= tokens.Count || !tokens[after].Adjacent || !PlaceNouns.BeforeOf(tokens[after].Key));
    }

    /// <summary>The last token of the capitalized name starting at first: capitalized words, with
    /// Spanish "de"/"del"/"la" between them ("San José de las Lajas"). Stops before a group word or a
    /// title ("the city of Cúcuta Mayor X").</summary>
    public static int NameEnd(string text, List<Token> tokens, int first, int maxWords = 5)
    {
        var last = first;
        var k = first + 1;
        while (k < tokens.Count && k - first < maxWords && (tokens[k].Adjacent || IsAbbreviatedSaint(text, tokens, k - 1)))
        {
            if (tokens[k].IsCapitalized)
            {
                var key = tokens[k].Key;
                if (NameWords.GroupWords.Contains(key) || FeatureHeadsAfter.Contains(key) || NameWords.TitleWords.Contains(key))
                    break;
                last = k++;
                continue;
            }
            if ((text.AsSpan(tokens[k].Start, tokens[k].Length) is "de" or "del" or "la" or "las" or "los" or "do" or "da" or "dos" or "das" || IsSuffixArticle(text, tokens, k))
                && k + 1 < tokens.Count && tokens[k + 1].Adjacent && tokens[k + 1].IsCapitalized)
            {
                k++;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>"Santa Ana el Alto", "San Pedro el Grande": an article that joins a town's last word.</summary>
    public static bool IsSuffixArticle(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && text.AsSpan(tokens[k].Start, tokens[k].Length) is "el"
        && tokens[k + 1].Key is "alto" or "bajo" or "grande" or "chico" or "viejo" or "nuevo";

    // "St. Mary", "Mt. Pleasant": the dot of an abbreviation does not end the name.
    private static bool IsAbbreviatedSaint(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsCapitalized && text.AsSpan(tokens[k].Start, tokens[k].Length) is "St" or "Ste" or "Mt" or "Ft" or "Sta" or "Sto"
        && text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End) is ". " && tokens[k + 1].IsCapitalized;

    // The same words come back in every text: their keys are kept per thread and looked up by the
    // text's own characters, so that asking costs no substring.
    [ThreadStatic]
    private static Dictionary<string, string>? keys;

    public static string KeyOf(ReadOnlySpan<char> word)
    {
        keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var key))
            return key;
        if (keys.Count > 100_000)
            keys.Clear();
        var surface = word.ToString();
        key = NameNormalizer.Normalize(surface);
        keys[surface] = key;
        return key;
    }

    /// <summary>The gazetteer key of tokens first to last (see <see cref="Gazetteer.KeyOfWords"/>).</summary>
    public static string KeyOfRange(string text, List<Token> tokens, int first, int last)
    {
        if (first == last)
            return tokens[first].Key is var word && word == "del" ? "de" : word;
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
            words[k - first] = tokens[k].Key;
        return Gazetteer.KeyOfWords(words);
    }
}
