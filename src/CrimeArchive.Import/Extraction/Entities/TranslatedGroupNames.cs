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
        ["grey"] = "gray", ["organisation"] = "organization", ["crew"] = "gang",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "the", "of", "do", "da", "dos", "das", "o", "a", "y", "and",
    };

    public static void Run(EntityRegistry registry)
    {
        var groups = registry.Entities.Where(e => e.Kind == EntityKind.Group).ToList();
        var bags = groups.Select(g => Bag(g.Name) ?? OneWordBag(g.Name)).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (bags[i] is { } a && bags[j] is { } b && a.Words == b.Words && a.Translated != b.Translated)
                {
                    registry.Merge(groups[j], groups[i]);
                    bags[j] = null;
                }
            }
        }
    }

    // A Spanish or Portuguese name that opens with its kind: the kind's English, which closes an English name.
    private static readonly Dictionary<string, string> KindsFirst = new(StringComparer.Ordinal)
    {
        ["clan"] = "clan", ["familia"] = "family", ["cartel"] = "Cartel", ["banda"] = "gang", ["hermanos"] = "Brothers",
        ["bloque"] = "Bloc", ["frente"] = "Front", ["comando"] = "Command", ["oficina"] = "Office",
    };

    /// <summary>"Sarmiento clan" for "clan Sarmiento", "Sinaloa Cartel" for "Cártel de Sinaloa", "Gulf Clan" for
    /// "Clan del Golfo": how an English text writes a Spanish name that opens with its kind, so that the
    /// archive finds the group by either. The rest of the name is kept when it is all names, put into English
    /// when every word of it has an English form, and neither half way; null for any other shape.</summary>
    public static string? EnglishOrder(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && NameWords.Key(words[0]) is "el" or "la" or "los" or "las" or "the")
            words = words[1..];
        if (words.Length < 2 || !KindsFirst.TryGetValue(NameWords.Key(words[0]), out var kind))
            return null;
        var rest = words.AsSpan(1);
        if (rest[0] is "de" or "del")
            rest = rest[1..];
        if (rest.Length is 0 or > 3)
            return null;
        var english = new string[rest.Length];
        var translated = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            var word = rest[i];
            if (!char.IsUpper(word[0]) || word.Any(char.IsDigit))
                return null;
            if (English.TryGetValue(NameWords.Key(word), out var e))
            {
                english[i] = char.ToUpperInvariant(e[0]) + e[1..];
                translated++;
            }
            else
                english[i] = word;
        }
        if (translated != 0 && translated != rest.Length)
            return null;
        // Two translated words need an English word order of their own ("Golfo Norte", "North Gulf").
        if (translated > 1)
            return null;
        return string.Join(' ', english) + " " + kind;
    }

    /// <summary>Whether two names are one name in two languages, word for word (see the class).</summary>
    public static bool Translates(string name, string other) =>
        Bag(name) is { } a && Bag(other) is { } b && a.Words == b.Words && a.Translated != b.Translated;

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
        if (EnglishNouns.ContainsValue(word))
            return ("noun " + word, false);
        // Past the list, the dictionary: "Los Relojeros" is "the Watchmakers". Only a name with a Spanish
        // article is taken for Spanish, so that an English one-word name is never put into English twice.
        var spanish = NameWords.Key(name.Split(' ', 2)[0]) is "los" or "las";
        if (spanish)
            return SpanishEnglish.Of(word) is [var first, ..] && first != word ? ("noun " + first, true) : null;
        return ("noun " + SpanishEnglish.Singular(word), false);
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
        // Words past the list are put into English only in a name that reads as Spanish: English "Red
        // Command" must keep its "red", which is Spanish for a network.
        var spanish = all.Any(w => w is "de" or "del" or "la" or "las" or "los" or "el" || English.TryGetValue(w, out var e) && e != w);
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
                words.Add(SpanishEnglish.Singular(english));
            }
            else if (spanish && !English.ContainsKey(word) && SpanishEnglish.Of(word) is [var first, ..] && first != word)
            {
                translated = true;
                words.Add(first);
            }
            else
                words.Add(SpanishEnglish.Singular(EnglishForms.GetValueOrDefault(word, word)));
        }
        if (words.Count < 2)
            return null;
        words.Sort(StringComparer.Ordinal);
        return (string.Join(' ', words), translated);
    }
}
