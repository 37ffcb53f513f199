using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Folds a group's English name into its Spanish or Portuguese one when the text gives both
/// without glossing one by the other ("Comando Azul" … "the Blue Command", "el Cártel de las Lomas" …
/// "the Cartel of the Hills"): two names are one when their words, each put into English and taken
/// in any order, are the same, and at least one word had to be put into English.</summary>
public static class TranslatedGroupNames
{
    // The words group names are made of: their kinds, colours, compass points, lie of the land and
    // the usual qualifiers. Keys are folded (no accents, lower case). Spanish "red" (network) is not
    // here: it is also the English colour ("Red Command"); Bag reads it as a network only before "de".
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["cartel"] = "cartel", ["comando"] = "command", ["frente"] = "front", ["ejercito"] = "army", ["bloque"] = "bloc",
        ["banda"] = "gang", ["pandilla"] = "gang", ["familia"] = "family", ["hermandad"] = "brotherhood", ["cofradia"] = "brotherhood",
        ["organizacion"] = "organization", ["fuerzas"] = "forces", ["fuerza"] = "force", ["tren"] = "train",
        ["clan"] = "clan", ["liga"] = "league", ["alianza"] = "alliance", ["union"] = "union", ["movimiento"] = "movement",
        ["primer"] = "first", ["primero"] = "first", ["segunda"] = "second", ["segundo"] = "second", ["tercer"] = "third",
        ["azul"] = "blue", ["rojo"] = "red", ["roja"] = "red", ["negro"] = "black", ["negra"] = "black", ["blanco"] = "white",
        ["blanca"] = "white", ["verde"] = "green", ["amarillo"] = "yellow", ["gris"] = "gray", ["dorado"] = "golden",
        ["norte"] = "north", ["sur"] = "south", ["oriente"] = "east", ["este"] = "east", ["occidente"] = "west", ["oeste"] = "west",
        ["nuevo"] = "new", ["nueva"] = "new", ["viejo"] = "old", ["vieja"] = "old", ["gran"] = "great", ["grande"] = "great",
        ["popular"] = "popular", ["revolucionario"] = "revolutionary", ["revolucionaria"] = "revolutionary", ["nacional"] = "national",
        ["unido"] = "united", ["unidos"] = "united", ["unidas"] = "united", ["libre"] = "free", ["libres"] = "free",
        ["pacifico"] = "pacific", ["golfo"] = "gulf", ["costa"] = "coast", ["lomas"] = "hills", ["colinas"] = "hills",
        ["cerros"] = "hills", ["montana"] = "mountain", ["montanas"] = "mountains", ["rio"] = "river", ["mar"] = "sea",
        ["puerto"] = "port", ["valle"] = "valley", ["selva"] = "jungle", ["frontera"] = "border", ["sierra"] = "mountains",
        ["generacion"] = "generation", ["patriotico"] = "patriotic", ["patriotica"] = "patriotic", ["armado"] = "armed",
        ["armada"] = "armed", ["independiente"] = "independent", ["central"] = "central", ["centro"] = "center",
        ["noroeste"] = "northwest", ["noreste"] = "northeast", ["nordeste"] = "northeast", ["suroeste"] = "southwest",
        ["sudoeste"] = "southwest", ["sureste"] = "southeast", ["sudeste"] = "southeast", ["pacto"] = "pact",
        ["vanguardia"] = "vanguard", ["legado"] = "legacy", ["oficina"] = "office", ["llanos"] = "plains",
        ["campesino"] = "peasant", ["campesina"] = "peasant", ["campesinos"] = "peasants", ["atlantico"] = "atlantic",
        ["caribe"] = "caribbean", ["firma"] = "firm", ["empresa"] = "company", ["justicia"] = "justice", ["muerte"] = "death",
        ["hijos"] = "sons", ["senores"] = "lords", ["reyes"] = "kings", ["guerreros"] = "warriors", ["soldados"] = "soldiers",
        ["guardianes"] = "guardians", ["guardias"] = "guards", ["centinelas"] = "sentinels", ["defensores"] = "defenders",
        ["tres"] = "three", ["cuatro"] = "four", ["cinco"] = "five", ["seis"] = "six", ["siete"] = "seven",
        ["ocho"] = "eight", ["nueve"] = "nine", ["diez"] = "ten", ["doce"] = "twelve", ["cien"] = "hundred", ["mil"] = "thousand",
        ["cruz"] = "cross", ["cruces"] = "crosses", ["vientos"] = "winds", ["caminos"] = "roads", ["rios"] = "rivers", ["mares"] = "seas",
        ["herederos"] = "heirs", ["caballeros"] = "knights", ["templarios"] = "templar", ["fronterizo"] = "border",
        ["rural"] = "rural", ["urbano"] = "urban", ["cristiano"] = "christian",
        ["nororiente"] = "northeast", ["nororiental"] = "northeast", ["suroriente"] = "southeast", ["suroriental"] = "southeast",
        ["noroccidente"] = "northwest", ["noroccidental"] = "northwest", ["suroccidente"] = "southwest", ["suroccidental"] = "southwest",
        ["guerrillero"] = "guerrilla", ["guerrillera"] = "guerrilla", ["fronteira"] = "border", ["sindicato"] = "syndicate",
        // Portuguese.
        ["vermelho"] = "red", ["vermelha"] = "red", ["preto"] = "black", ["preta"] = "black", ["branco"] = "white",
        ["branca"] = "white", ["amarelo"] = "yellow", ["novo"] = "new", ["nova"] = "new", ["primeiro"] = "first",
        ["terceiro"] = "third", ["irmandade"] = "brotherhood", ["faccao"] = "faction", ["amigos"] = "friends",
        ["povo"] = "people", ["puro"] = "pure", ["grades"] = "bars",
    };

    // Single words that name a group by themselves, put into English: "Los Lobos" is "the Wolves" when
    // the text calls it both.
    private static readonly Dictionary<string, string> EnglishNouns = new(StringComparer.Ordinal)
    {
        ["lobos"] = "wolves", ["chacales"] = "jackals", ["tigres"] = "tigers", ["leones"] = "lions", ["halcones"] = "hawks",
        ["aguilas"] = "eagles", ["cuervos"] = "crows", ["zorros"] = "foxes", ["panteras"] = "panthers",
        ["escorpiones"] = "scorpions", ["alacranes"] = "scorpions", ["viboras"] = "vipers",
        ["tiburones"] = "sharks", ["lagartos"] = "lizards", ["caimanes"] = "caimans", ["gallos"] = "roosters",
        ["toros"] = "bulls", ["buitres"] = "vultures", ["murcielagos"] = "bats", ["aranas"] = "spiders",
        ["gemelos"] = "twins", ["cuates"] = "twins", ["hermanos"] = "brothers", ["primos"] = "cousins",
        ["piratas"] = "pirates", ["fantasmas"] = "ghosts", ["sombras"] = "shadows", ["demonios"] = "demons", ["diablos"] = "devils",
        ["templarios"] = "templars", ["caballeros"] = "knights", ["apostoles"] = "apostles",
        ["rastreros"] = "trackers", ["revolucionarios"] = "revolutionaries", ["guerrilleros"] = "guerrillas",
    };

    // "del Norte" and "the Northern": an English name makes adjectives of the compass points.
    private static readonly Dictionary<string, string> EnglishForms = new(StringComparer.Ordinal)
    {
        ["northern"] = "north", ["southern"] = "south", ["eastern"] = "east", ["western"] = "west", ["band"] = "gang",
        ["northeastern"] = "northeast", ["southeastern"] = "southeast", ["northwestern"] = "northwest", ["southwestern"] = "southwest",
        ["grey"] = "gray", ["organisation"] = "organization",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "the", "of", "do", "da", "dos", "das", "o", "a", "y", "and",
    };

    public static void Run(EntityRegistry registry, List<SentenceInfo> sentences)
    {
        var groups = registry.Entities.Where(e => e.Kind == EntityKind.Group).ToList();
        var bags = groups.Select(g => Bag(g.Name) ?? OneWordBag(g.Name)).ToList();
        var inWords = groups.Select(g => NameInWords.Of(g, sentences)).ToList();
        var merged = new bool[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (merged[i] || merged[j])
                    continue;
                if (bags[i] is { } a && bags[j] is { } b && a.Words == b.Words && a.Translated != b.Translated || ByDictionary(inWords[i], inWords[j]))
                {
                    registry.Merge(groups[j], groups[i]);
                    merged[j] = true;
                }
            }
        }
    }

    // A group's name as the dictionary pass reads it, worked out once per group rather than once per pair: its
    // words without particles, whether it reads as Spanish, its first word, and the sentence where it was first
    // read (mentions are not resolved yet, so that sentence stands for them).
    private sealed record NameInWords(List<string> Words, bool Spanish, string FirstWord, int Sentence)
    {
        public static NameInWords Of(EntityDraft group, List<SentenceInfo> sentences) =>
            Of(group.Name, sentences.FindLastIndex(s => s.Sentence.Start <= group.FirstStart));

        public static NameInWords Of(string name, int sentence) =>
            new(NameWords.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Particles.Contains(w)).ToList(),
                IsSpanish(name), NameWords.Key(name.Split(' ')[0]), sentence);
    }

    // Past the list, the dictionary: "Cártel de las Gaviotas" and "the Seagulls Cartel", "Los Tejedores" and "the
    // Weavers". The Spanish name must read as Spanish (a particle, or a Spanish kind word first), every word must
    // match one of its English senses or itself, and a one-word name must be a plural after "Los"/"Las" against an
    // English plural ("Los Castillo" is a family, not "the Castles"). Two names said in one sentence are two groups:
    // "Los Reyes supplied the Kings" names a clan and a street gang.
    private static bool ByDictionary(NameInWords one, NameInWords other)
    {
        if (one.Words.Count != other.Words.Count || one.Words.Count == 0 || one.Sentence == other.Sentence)
            return false;
        return one.Spanish && MatchesInEnglish(one, other.Words) || other.Spanish && MatchesInEnglish(other, one.Words);
    }

    private static readonly HashSet<string> SpanishKinds = new(StringComparer.Ordinal)
    {
        "banda", "pandilla", "comando", "frente", "familia", "hermandad", "bloque", "ejercito", "organizacion", "tropa", "liga", "hermanos",
    };

    private static bool IsSpanish(string name)
    {
        var all = NameWords.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return all.Length > 0 && (SpanishKinds.Contains(all[0]) || all.Any(w => w is "de" or "del" or "los" or "las" or "la" or "el"));
    }

    private static bool MatchesInEnglish(NameInWords name, List<string> english)
    {
        var spanish = name.Words;
        if (spanish.Count == 1 && !(spanish[0].EndsWith('s') && english[0].EndsWith('s') && name.FirstWord is "los" or "las"))
            return false;
        var used = new bool[english.Count];
        var byDictionary = false;
        foreach (var word in spanish)
        {
            var hand = English.TryGetValue(word, out var e) ? e : null;
            var senses = hand is null ? SpanishEnglish.Of(word) : [];
            var found = false;
            for (var k = 0; k < english.Count && !found; k++)
            {
                if (used[k])
                    continue;
                var target = EnglishForms.GetValueOrDefault(english[k], english[k]);
                if (target == word || hand is not null && (hand == target || hand == SpanishEnglish.Singular(target))
                    || senses.Contains(SpanishEnglish.Singular(target)))
                {
                    used[k] = found = true;
                    byDictionary |= target != word && hand is null;
                }
            }
            if (!found)
                return false;
        }
        return byDictionary;
    }

    // A Spanish name that opens with its kind: the kind's English, which closes an English name.
    private static readonly Dictionary<string, string> KindsFirst = new(StringComparer.Ordinal)
    {
        ["clan"] = "clan", ["familia"] = "family", ["hermanos"] = "Brothers", ["cartel"] = "Cartel", ["banda"] = "gang",
        ["bloque"] = "Bloc", ["frente"] = "Front", ["oficina"] = "Office",
    };

    // A family is named for its surnames, which may be words too ("clan Reyes", "familia Blanco"); another kind of
    // outfit for a place or a man, so a word the dictionary knows ("Frente Amplio", "Cártel de los Soles") is no name.
    private static readonly HashSet<string> FamilyKinds = new(StringComparer.Ordinal) { "clan", "familia", "hermanos" };

    /// <summary>"Sarmiento clan" for "clan Sarmiento", "Sinaloa Cartel" for "Cártel de Sinaloa", "Cruz Brothers" for
    /// "Los Hermanos Cruz": how an English text writes a Spanish name that opens with its kind, so that the archive
    /// finds the group by either. The rest of the name is kept as written, never translated (a surname is no word to
    /// put into English); null for any other shape.</summary>
    public static string? EnglishOrder(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && NameWords.Key(words[0]) is "el" or "la" or "los" or "las" or "the")
            words = words[1..];
        if (words.Length < 2 || !KindsFirst.TryGetValue(NameWords.Key(words[0]), out var kind))
            return null;
        var family = FamilyKinds.Contains(NameWords.Key(words[0]));
        var rest = words.AsSpan(1);
        if (NameWords.Key(rest[0]) is "de" or "del")
            rest = rest[1..];
        if (rest.Length is 0 or > 3)
            return null;
        foreach (var word in rest)
        {
            if (!char.IsUpper(word[0]) || word.Any(char.IsDigit) || Particles.Contains(NameWords.Key(word))
                || !family && (SpanishEnglish.Of(NameWords.Key(word)).Count > 0 || English.ContainsKey(NameWords.Key(word))))
                return null;
        }
        return string.Join(' ', rest) + " " + kind;
    }

    /// <summary>Whether two names are one name in two languages, word for word (see the class).</summary>
    public static bool Translates(string name, string other) =>
        Bag(name) is { } a && Bag(other) is { } b && a.Words == b.Words && a.Translated != b.Translated;

    /// <summary>Whether the English name renders the Spanish one word for word, by the word list or the dictionary.</summary>
    public static bool Renders(string spanish, string english)
    {
        if (Translates(spanish, english))
            return true;
        var name = NameInWords.Of(spanish, 0);
        var words = NameInWords.Of(english, 0).Words;
        return name.Spanish && name.Words.Count == words.Count && MatchesInEnglish(name, words);
    }

    /// <summary>Whether a word is the English the lexicon gives a one-word name ("wolves").</summary>
    public static bool IsEnglishOfOneWord(string english) => EnglishNounValues.Contains(english);

    private static readonly HashSet<string> EnglishNounValues = EnglishNouns.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>"wolves" for "Los Lobos": the English of a one-word Spanish name, else null.</summary>
    public static string? EnglishOfOneWord(string name) =>
        OneWordBag(name) is ({ } words, true) ? words["noun ".Length..] : null;

    // A one-word name, articles aside, in English: "Los Lobos" and "the Wolves" both give "wolves".
    private static (string Words, bool Translated)? OneWordBag(string name)
    {
        var words = NameWords.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Particles.Contains(w)).ToList();
        if (words is not [var word])
            return null;
        if (EnglishNouns.TryGetValue(word, out var english))
            return english == word ? null : ("noun " + english, true);
        return EnglishNouns.ContainsValue(word) ? ("noun " + word, false) : null;
    }

    // The name's words in English, sorted; Translated when a Spanish word was put into English. Null
    // for a name of fewer than two words, which says too little to match.
    // The group pass asks of every name span whether it translates a group's name: a name's bag is made once.
    [ThreadStatic] private static Dictionary<string, (string Words, bool Translated)?>? bags;

    private static (string Words, bool Translated)? Bag(string name) => Text.ThreadMemo.Get(ref bags, name, MakeBag, 50_000);

    private static (string Words, bool Translated)? MakeBag(string name)
    {
        var words = new List<string>();
        var translated = false;
        var all = NameWords.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < all.Length; i++)
        {
            var word = all[i];
            if (Particles.Contains(word))
                continue;
            // "Red de la Costa Atlántica": Spanish "red" before its "de" is a network, not the colour.
            if (word == "red" && i + 1 < all.Length && all[i + 1] is "de" or "del")
            {
                translated = true;
                words.Add("network");
                continue;
            }
            if (English.TryGetValue(word, out var english) && english != word)
            {
                translated = true;
                words.Add(english);
            }
            else
                words.Add(EnglishForms.GetValueOrDefault(word, word));
        }
        if (words.Count < 2)
            return null;
        words.Sort(StringComparer.Ordinal);
        return (string.Join(' ', words), translated);
    }
}
