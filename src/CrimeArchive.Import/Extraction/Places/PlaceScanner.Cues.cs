using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>The scanner's cue-driven steps: places the text itself marks (see <see cref="CuedPlaces"/>).</summary>
internal static partial class PlaceScanner
{
    // A feature ("Paraguay River") or a name after a place noun ("the town of X") is one place, even
    // where the gazetteer knows a shorter name inside it.
    private static int TryCued(string text, List<Token> tokens, int i, int last, GazetteerEntry[] entries, Gazetteer gazetteer, List<PlaceCandidate> found, bool opensList)
    {
        var featureLast = CuedPlaces.FeatureEnd(text, tokens, i, gazetteer);
        var kind = PlaceKind.Region;
        var cuedLast = featureLast > last ? featureLast : -1;
        var inList = false;
        if (cuedLast < 0)
        {
            kind = PlaceKind.City;
            inList = opensList || ContinuesList(text, tokens, i, found) || PlaceCues.OpensListBeforePluralNoun(text, tokens, i);
            cuedLast = inList ? CuedPlaces.ListedNameEnd(text, tokens, i, gazetteer) : CuedPlaces.CuedNameEnd(text, tokens, i, gazetteer);
            // "the hamlet of Santa Rita de las Vegas": a place noun's settlement goes on past "de las" as a bare one
            // does, once ("Santa Rosa del Sur de Bolívar" lies in Bolívar).
            if (cuedLast >= 0 && AllCapitalized(tokens, i + 1, cuedLast))
                cuedLast = WithOfPhrase(text, tokens, i, cuedLast);
            inList |= cuedLast >= 0 && PlaceCues.HasPluralPrefixCue(text, tokens, i);
        }
        if (cuedLast < 0 || cuedLast < last)
            return -1;
        var town = CuedPlaces.TownAfterNeighbourhood(text, tokens, i, cuedLast, gazetteer, out var townEntries);
        if (town > 0)
        {
            found.Add(new PlaceCandidate(tokens[i].Start, tokens[town - 1].End - tokens[i].Start, KeyOfSpan(text, tokens, i, town - 1),
                CuedPlaces.FromText(text, tokens, i, town - 1, kind)) { Cued = true });
            found.Add(new PlaceCandidate(tokens[town + 1].Start, tokens[cuedLast].End - tokens[town + 1].Start, KeyOfSpan(text, tokens, town + 1, cuedLast), townEntries));
            return cuedLast;
        }
        var key = KeyOfSpan(text, tokens, i, cuedLast);
        if (cuedLast != last && !gazetteer.TryLookupMinorKey(key, out entries))
            // "el río Marupá" is the Marupá, as "the Marupá River" is: the lower-case noun is no part of the name.
            entries = CuedPlaces.FromText(text, tokens, featureLast == cuedLast && !tokens[i].IsCapitalized && tokens[i].Key is "rio" ? i + 1 : i, cuedLast, kind);
        found.Add(new PlaceCandidate(tokens[i].Start, tokens[cuedLast].End - tokens[i].Start, key, entries) { Cued = true, InList = inList });
        return cuedLast;
    }

    // "Area of operation: Tijuana, Rosarito and Tecate", a factbox's line: every name its list holds is a place.
    // Returns the index of the list's first word, or -1.
    private static int LabelledListStart(string text, List<Token> tokens)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 45 || !Parsing.ProfileVocabulary.IsPlaceLabel(text[..colon]))
            return -1;
        var first = tokens.FindIndex(t => t.Start > colon);
        return first >= 0 && tokens[first].IsCapitalized ? first : -1;
    }

    // "the towns of X, Y and Z": token i follows a listed place after a comma, "and" or "y".
    private static bool ContinuesList(string text, List<Token> tokens, int i, List<PlaceCandidate> found)
    {
        if (found.Count == 0 || !found[^1].InList || !tokens[i].IsCapitalized)
            return false;
        var previousEnd = found[^1].Start + found[^1].Length;
        return PlaceCues.IsListSeparator(text.AsSpan(previousEnd, tokens[i].Start - previousEnd));
    }

    /// <summary>"the boats left from Puerto Castilla", "police raided San Esteban": a name that opens with
    /// a word only towns open with is a town wherever it stands, unless it is part of a longer name.</summary>
    private static int TryTownOpener(string text, List<Token> tokens, int i, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        if (CapitalNamedForCountryEnd(text, tokens, i, gazetteer) is var capitalLast and >= 0
            && ProperNameContext.Classify(text, tokens, i, capitalLast, false, gazetteer) == NameContext.Alone)
        {
            found.Add(new PlaceCandidate(tokens[i].Start, tokens[capitalLast].End - tokens[i].Start, KeyOfSpan(text, tokens, i, capitalLast),
                CuedPlaces.FromText(text, tokens, i, capitalLast, PlaceKind.City)) { Cued = true });
            return capitalLast;
        }
        if (!PlaceCues.OpensTownName(tokens[i].Key) || i + 1 >= tokens.Count || !tokens[i + 1].Adjacent || !tokens[i + 1].IsCapitalized
            || tokens[i + 1].IsAllCaps || NameWords.GroupWords.Contains(tokens[i + 1].Key))
            return -1;
        var last = WithOfPhrase(text, tokens, i, PlaceCues.NameEnd(text, tokens, i + 1));
        // "Puerto Rican": a people's name, not a town's; "Santa Muerte" a saint's.
        var key = KeyOfSpan(text, tokens, i, last);
        if (gazetteer.IsDemonymKey(key, out _) || PlaceCues.IsDevotionOrFeast(key)
            || ProperNameContext.Classify(text, tokens, i, last, false, gazetteer) != NameContext.Alone)
            return -1;
        found.Add(new PlaceCandidate(tokens[i].Start, tokens[last].End - tokens[i].Start, key,
            CuedPlaces.FromText(text, tokens, i, last, PlaceKind.City)) { Cued = true });
        return last;
    }

    // "Bajo Cauca", "el Alto Baudó": a reach of a place the gazetteer knows is a region of its own.
    private static int ReachOfKnownPlace(string text, List<Token> tokens, int i, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        if (!tokens[i].IsCapitalized || !PlaceCues.IsReachWord(tokens[i].Key) || i + 1 >= tokens.Count || !tokens[i + 1].Adjacent || !tokens[i + 1].IsCapitalized)
            return -1;
        var last = PlaceCues.NameEnd(text, tokens, i + 1);
        if (!gazetteer.TryLookupKey(KeyOfSpan(text, tokens, i + 1, last), out _))
            return -1;
        found.Add(new PlaceCandidate(tokens[i].Start, tokens[last].End - tokens[i].Start, KeyOfSpan(text, tokens, i, last),
            CuedPlaces.FromText(text, tokens, i, last, PlaceKind.Region)) { Cued = true });
        return last;
    }

    private static bool AllCapitalized(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized)
                return false;
        }
        return true;
    }

    // "la Ciudad de Panamá" names the capital, which the lists file under the country's name alone: read
    // as the country, a city the text is precise about would become a whole nation. Returns the last token
    // of the country's name, or -1.
    private static int CapitalNamedForCountryEnd(string text, List<Token> tokens, int i, Gazetteer gazetteer)
    {
        if (tokens[i].Key != "ciudad" || i + 2 >= tokens.Count || !tokens[i + 1].Adjacent || !tokens[i + 2].Adjacent
            || Surface(text, tokens[i + 1]) is not "de" || !tokens[i + 2].IsCapitalized)
            return -1;
        var last = PlaceCues.NameEnd(text, tokens, i + 2);
        return gazetteer.Lookup(text[tokens[i + 2].Start..tokens[last].End]).Any(e => e.Kind == PlaceKind.Country) ? last : -1;
    }

    // A small town is a place after a comma and its region ("Paiján, La Libertad"), or joined by
    // "y"/"and" to a place just found ("Manzanillo y Cristóbal") if the text names its country.
    private static int TryMinor(string text, List<Token> tokens, int i, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        var last = CuedPlaces.MinorWithRegionEnd(text, tokens, i, gazetteer, out var entries);
        var coordinated = false;
        if (last < 0 && i >= 2 && tokens[i].Adjacent && tokens[i - 1].Adjacent && found.Count > 0
            && found[^1].Start + found[^1].Length == tokens[i - 2].End
            && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "y" or "and" or "e")
        {
            last = CuedPlaces.MinorEnd(text, tokens, i, gazetteer, out entries);
            coordinated = true;
        }
        if (last < 0 || ProperNameContext.Classify(text, tokens, i, last, false, gazetteer) != NameContext.Alone)
            return -1;
        found.Add(new PlaceCandidate(tokens[i].Start, tokens[last].End - tokens[i].Start, KeyOfSpan(text, tokens, i, last), entries)
        {
            // No Cued: a person the text names elsewhere ("Ruiz said") still vetoes the town.
            NeedsCountryVote = coordinated,
        });
        return last;
    }

    // "arrested in Tolué", "a fisherman from Chañarcillo", "around Ostia and Piquetú", "in La Ceniza":
    // a short name no list knows, right after a locative preposition (or joined by "and" to such a
    // place), is a town. A person the text names elsewhere still vetoes it.
    // Words that open the names of towns and neighbourhoods, whose names go on past "de la", "del" or "do".
    private static readonly HashSet<string> SettlementWords = new(StringComparer.Ordinal)
    {
        "san", "santa", "santo", "sao", "villa", "vila", "puerto", "porto", "ciudad", "colonia", "nueva", "nuevo", "nova", "novo",
        "valle", "cerro", "playa", "punta", "barrio", "pueblo", "real", "bahia", "boca", "lomas", "loma", "ribeirao", "morro", "jardim",
        // Landforms and holdings that open Mexican and Andean towns' names and no surname: "Llano de la Cruz", "Ejido del Monte"
        // (and "Cañada del Pino", written with its ñ: Canadá has the same key).
        "canada", "llano", "llanos", "ejido", "rancho", "laguna",
    };

    private static readonly HashSet<string> ShoreWords = new(StringComparer.Ordinal)
    {
        "punta", "cabo", "playa", "isla", "islas", "bahia", "cayo", "cape", "point", "key", "isle", "island",
    };

    // Ranks and offices that open towns named after a man ("Coronel Oviedo", "General Roca", "Capitán Bado"):
    // after a locative preposition, the two words are the town.
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "coronel", "general", "capitan", "teniente", "presidente", "doctor", "comandante", "mariscal", "almirante", "sargento",
        "gobernador", "ingeniero",
    };

    /// <summary>"San Juan de la Costa", "Vila Nova do Sul", "Villa del Mar": the index of the last word of a
    /// settlement's name that goes on past a particle, or <paramref name="last"/> when it does not. Only names a
    /// settlement's word opens go on, unless <paramref name="anyName"/>.</summary>
    private static int WithOfPhrase(string text, List<Token> tokens, int first, int last, bool anyName = false)
    {
        if (!anyName && !SettlementWords.Contains(tokens[first].Key) || tokens[first].Key == "canada" && !Surface(text, tokens[first]).Contains('ñ'))
            return last;
        var k = last + 1;
        if (k + 1 < tokens.Count && tokens[k].Adjacent && tokens[k + 1].Adjacent && PlaceCues.IsSuffixArticle(text, tokens, k))
            return k + 1;
        if (k + 1 >= tokens.Count || !tokens[k].Adjacent || tokens[k].IsCapitalized
            || Surface(text, tokens[k]) is not ("de" or "del" or "do" or "da" or "dos" or "das"))
            return last;
        var particle = Surface(text, tokens[k]);
        k++;
        if (particle == "de" && tokens[k].Adjacent && Surface(text, tokens[k]) is "la" or "las" or "los" && k + 1 < tokens.Count)
            k++;
        if (!tokens[k].Adjacent || !tokens[k].IsCapitalized || tokens[k].IsAllCaps || NameWords.GroupWords.Contains(tokens[k].Key))
            return last;
        if (k + 1 < tokens.Count && tokens[k + 1].Adjacent && tokens[k + 1].IsCapitalized && !tokens[k + 1].IsAllCaps)
            k++;
        return k;
    }

    private static int TryAfterPreposition(string text, List<Token> tokens, int i, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        if (i < 1 || tokens[i].IsAllCaps)
            return -1;
        // "in Puerto Olmo, Cerrillos and Piedrazul": the middle of a list of places after a place.
        if (!tokens[i].Adjacent)
            return IsMidList(text, tokens, i, found) ? TryListedName(text, tokens, i, gazetteer, found) : -1;
        var before = tokens[i - 1].Key;
        // "off Punta Sirena", but "to hold off Los Grillos": off a headland, a beach, a cape or an island only.
        var afterPreposition = !tokens[i - 1].IsCapitalized && (before is "in" or "near" or "around" or "outside" or "toward" or "towards" or "from"
            or "en" or "hacia" or "cerca" or "desde" || before is "off" && ShoreWords.Contains(tokens[i].Key));
        // "In Playa Morada, the clan charges …": a sentence opened by "In", the name set off by a comma.
        var openingIn = !afterPreposition && tokens[i - 1].IsCapitalized && before is "in" or "en" && OpensSentence(text, tokens, i - 1);
        afterPreposition |= openingIn;
        var coordinated = FollowsPlaceByAnd(text, tokens, i, found);
        if (!afterPreposition && !coordinated)
            return -1;
        var last = i;
        // A rank opens a town's name where something is or comes from ("near Coronel Oviedo", "ranchers from Capitán
        // Bado"), not where a man sends word from ("orders from Comandante Mordisco").
        var rankTown = RankWords.Contains(tokens[i].Key) && (before is "in" or "near" or "around" or "outside" or "en" or "cerca"
            || before is "from" && i >= 2 && tokens[i - 2].Key is not ("orders" or "order" or "instructions" or "message" or "messages" or "call" or "calls"
                or "word" or "letter" or "command" or "commands" or "money" or "payments" or "support" or "backing" or "help" or "protection"));
        if ((tokens[i].Key is "la" or "el" or "los" or "las" or "alto" or "bajo" or "monte" || SettlementWords.Contains(tokens[i].Key) || rankTown)
            && i + 1 < tokens.Count && tokens[i + 1].Adjacent && tokens[i + 1].IsCapitalized)
            last = i + 1;
        var ofPhrase = WithOfPhrase(text, tokens, i, last);
        if (ofPhrase > last)
        {
            if (ProperNameContext.Classify(text, tokens, i, ofPhrase, false, gazetteer) != NameContext.Alone)
                return -1;
            return AddNamedByText(text, tokens, i, ofPhrase, found);
        }
        // "arrested in Benjamin Constant": a town the gazetteer knows, whole, however much it looks like a man's name
        // (not after Spanish "en", which opens as many matters as places: "centró la investigación en Juan Santiago").
        if (afterPreposition && before is not "en" && CuedPlaces.MinorEnd(text, tokens, i, gazetteer, out var known) is var knownLast && knownLast > last
            && !(knownLast + 1 < tokens.Count && tokens[knownLast + 1].Adjacent && tokens[knownLast + 1].IsCapitalized)
            && !DescribedAsPerson().IsMatch(text.AsSpan(tokens[knownLast].End))
            && ProperNameContext.Classify(text, tokens, i, knownLast, false, gazetteer) == NameContext.Alone)
        {
            found.Add(new PlaceCandidate(tokens[i].Start, tokens[knownLast].End - tokens[i].Start, KeyOfSpan(text, tokens, i, knownLast), known));
            return knownLast;
        }
        if (last + 1 < tokens.Count && tokens[last + 1].Adjacent && tokens[last + 1].IsCapitalized)
            return -1;
        // "in Beco do Sol": a name going on past a particle.
        var listed = CuedPlaces.ListedNameEnd(text, tokens, i, gazetteer);
        if (listed > last && !tokens[last + 1].IsCapitalized)
            last = listed;
        if (tokens[last].End < text.Length && text[tokens[last].End] is '\'' or '’')
            return -1;
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        // "in August", "PanamaHe" (two words glued where a line break was lost), "in Creole", "in French-language outlets",
        // "served in Congress".
        if (Calendar.Contains(tokens[i].Key) || Languages.Contains(tokens[i].Key) || word[1..].IndexOfAnyInRange('A', 'Z') >= 0
            || last == i && Entities.NameWords.IsInstitutionWord(tokens[i].Key)
            || word.EndsWith("-language", StringComparison.Ordinal) || word.EndsWith("-speaking", StringComparison.Ordinal))
            return -1;
        if (CuedPlaces.ListedNameEnd(text, tokens, i, gazetteer) != last
            || ProperNameContext.Classify(text, tokens, i, last, false, gazetteer) != NameContext.Alone
            || openingIn && !(tokens[last].End < text.Length && text[tokens[last].End] == ','))
            return -1;
        return AddNamedByText(text, tokens, i, last, found);
    }

    private static bool OpensSentence(string text, List<Token> tokens, int k) =>
        k == 0 || text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOfAny(".!?\n") >= 0;

    /// <summary>A month, a weekday or a feast: "in March" is a time, not a place.</summary>
    public static bool IsCalendarWord(string key) => Calendar.Contains(key);

    // Right after a place found, set off by a comma, with "and"/"y" and another name closing the list
    // after nothing but names and commas.
    private static bool IsMidList(string text, List<Token> tokens, int i, List<PlaceCandidate> found)
    {
        if (found.Count == 0 || !tokens[i].IsCapitalized || tokens[i].StartsSentence)
            return false;
        var previousEnd = found[^1].Start + found[^1].Length;
        if (previousEnd != tokens[i - 1].End || text.AsSpan(previousEnd, tokens[i].Start - previousEnd).Trim() is not ",")
            return false;
        for (var k = i + 1; k < tokens.Count && k <= i + MaxListWords; k++)
        {
            if (tokens[k].IsCapitalized)
                continue;
            return tokens[k].Adjacent && tokens[k].Key is "and" or "y" or "e" && k + 1 < tokens.Count
                && tokens[k + 1].Adjacent && tokens[k + 1].IsCapitalized;
        }
        return false;
    }

    private const int MaxListWords = 8;

    private static int TryListedName(string text, List<Token> tokens, int i, Gazetteer gazetteer, List<PlaceCandidate> found)
    {
        var last = CuedPlaces.ListedNameEnd(text, tokens, i, gazetteer);
        if (last < 0 || Calendar.Contains(tokens[i].Key)
            || ProperNameContext.Classify(text, tokens, i, last, false, gazetteer) != NameContext.Alone)
            return -1;
        return AddNamedByText(text, tokens, i, last, found);
    }

    // A town only the text names, from tokens first to last.
    // "in Juan Santiago, a mechanic, until 2020": an apposition that describes a man.
    [GeneratedRegex(@"^\s*,\s+(?:an?|the|who|whose|alias|un|una|el|la|quien)\b")]
    private static partial Regex DescribedAsPerson();

    private static int AddNamedByText(string text, List<Token> tokens, int first, int last, List<PlaceCandidate> found)
    {
        found.Add(new PlaceCandidate(tokens[first].Start, tokens[last].End - tokens[first].Start, KeyOfSpan(text, tokens, first, last),
            CuedPlaces.FromText(text, tokens, first, last, PlaceKind.City)));
        return last;
    }

    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "creole", "kreyol", "english", "spanish", "portuguese", "french", "quechua", "guarani", "aymara", "dutch", "papiamento",
        "ingles", "espanol", "portugues", "frances", "criollo", "neerlandes",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "christmas", "easter", "navidad",
    };
}
