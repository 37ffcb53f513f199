using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Generic word lists that decide what a capitalized span is. No names of particular
/// groups or people live here: only titles, institution words and the like.</summary>
public static class NameWords
{
    // Titles and offices before a person's name; never part of the name.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "vice", "gen", "gen.", "general", "colonel", "col", "col.",
        "judge", "prosecutor", "minister", "governor", "mayor", "senator", "congressman", "congresswoman",
        "commander", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "corporal", "cpl", "patrolman", "patrolmen", "patrolwoman",
        "cabo", "subteniente", "teniente", "sargento", "patrullero", "patrullera", "mr", "mrs", "ms", "dr", "don", "dona",
        "attorney", "secretary", "ambassador", "director", "chief", "sheriff", "agent", "officer", "bishop", "pope",
        "father", "deputy", "admiral", "major", "monsignor", "monsenor", "reverend", "rev", "cardinal", "archbishop", "obispo", "arzobispo", "presidente", "expresidente", "alcalde", "gobernador", "ministro",
        "fiscal", "juez", "senador", "comandante", "coronel", "capitan", "diputado", "former", "then", "late",
        "kingpin", "boss", "leader", "trafficker", "warlord", "alias", "vulgo", "lord",
        "commissioner", "comisionado", "superintendent", "inspector", "comisario", "spokesman", "spokeswoman", "vocero", "portavoz",
        "magistrate", "magistrado", "procurador", "procuradora", "czar", "zar", "chairman", "councilman", "councilwoman", "concejal",
        "investigator", "detective", "notary", "alderman", "alderwoman",
        "lawyer", "abogado", "abogada", "defensor", "ombudsman", "ministra", "fiscala", "jueza", "senadora", "diputada", "alcaldesa", "gobernadora",
        "viceministro", "viceministra", "secretario", "subsecretario", "subsecretaria", "directora", "suboficial", "subcomisario",
        // Trades written before a name as a title ("Businessman Luis Ayala was shot").
        "businessman", "businesswoman", "empresario", "empresaria", "rancher", "ganadero", "fisherman", "pescador", "farmer", "trader",
        // Those who explain the story to reporters ("Economist Marcus Hill said …"); not the Spanish words, which are
        // nicknames too ("el Profesor").
        "economist", "analyst", "researcher", "criminologist", "sociologist", "historian", "activist", "journalist", "academic",
    };

    // Words that make a span an institution, a medium or a document rather than a person or a group.
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "department", "administration", "court", "police", "agency", "ministry", "office", "army", "navy",
        "forces", "force", "commission", "congress", "senate", "government", "university", "institute", "bank",
        "council", "district", "bureau", "service", "guard", "committee", "party", "program", "programme",
        "foundation", "center", "centre", "association", "union", "times", "post", "news", "herald", "journal",
        "tribune", "press", "radio", "crime", "analysis", "factbox", "database", "report", "law", "act", "prison",
        "airport", "university", "school", "church", "company", "corporation", "group", "insight", "twitter",
        "facebook", "linkedin", "google", "unit", "marines", "guardia", "policia", "fiscalia", "ejercito",
        "armada", "procuraduria", "secretaria", "tribunal", "corte", "defensoria", "departamento", "contraloria", "superintendencia",
        "direccion", "oficina", "instituto", "delito", "delitos", "universidad", "ministerio", "gobierno", "gobernacion",
        "juzgado", "congreso", "senado", "asamblea", "alcaldia", "presidencia", "assembly", "parliament", "embassy", "navy", "coast", "river", "state",
        "favela", "colonia", "comuna", "neighborhood", "neighbourhood", "morro", "newspaper", "diario", "periodico", "revista", "magazine", "partido",
        "city", "province", "region", "valley", "mountains", "sea", "ocean", "gulf", "highway", "street",
        // Media and state bodies named in Spanish or cut short ("Fuerza Nacional Antiextorsión", "Listín Diario").
        "diario", "prensa", "listin", "noticias", "gazette", "observer", "chronicle", "semana", "expreso", "comercio", "nacion",
        "tiempo", "hoy", "heraldo", "mundo", "correo", "informador", "vanguardia", "universal", "opinion", "voz", "periodico", "revista", "semanario", "canal", "television",
        "fuerza", "fuerzas", "armadas", "delincuencia", "delitos", "crimen", "personeria", "secretariat", "organismo", "servicio", "instituto", "comision", "unidad", "oficina", "agencia",
        "seguridad", "autoridades", "autoridad", "regimen",
        "direccion", "superintendencia", "antiextorsion", "antidrogas", "antinarcoticos", "antisecuestro", "prosecutor's",
        "ministry's", "inspectorate", "directorate", "judicial", "investigacion", "investigation", "intelligence", "inteligencia",
        // Prisons, youth wings and state companies ("Penitenciaría del Sur", "Juventud Obrera", "Energía del Poniente").
        "penitenciaria", "penitentiary", "carcel", "reclusorio", "presidio", "juventud", "juventudes", "youth", "energia", "empresa",
        "petroleos", "electricidad", "hospital", "clinica", "aeropuerto", "escuela", "colegio", "liceo", "iglesia", "banco",
        // Workers' unions, civic and indigenous bodies, NGOs and firms ("Sindicato Único de Trabajadores Mineros",
        // "Asociación de Cabildos", "Observatorio Minero del Sur", "Agropecuaria Río Dulce").
        "trabajadores", "obreros", "empleados", "docentes", "maestros", "choferes", "transportistas", "workers", "employees",
        "asociacion", "cabildos", "indigenas", "observatorio", "fundacion", "derechos", "division",
        "agropecuaria", "agroganadera", "comercializadora", "inversiones", "constructora", "navegacao", "navegacion", "transporte",
    };

    // Capitalized words that open sentences or headings but name nothing.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "according", "however", "insight", "analysis", "although", "though", "among", "under",
        "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those",
        "en", "el", "la", "los", "las", "de", "del", "segun", "pero", "aunque", "sin", "con", "para", "por", "desde",
        "tras", "este", "esta", "estos", "estas", "sus", "su", "un", "una", "al", "y", "o", "que", "como", "cuando",
        "mientras", "ademas", "tambien", "sobre", "entre", "hasta", "durante", "otro", "otra", "share", "sharetweet",
        // "Fuera de Valdoria, …": prepositions of place and time opening a sentence.
        "fuera", "dentro", "cerca", "lejos", "antes", "despues", "hacia",
        "related", "content", "home", "news", "brief", "see", "also", "read", "more", "latest", "donate",
        "bbc", "dea", "fbi", "cia", "un", "us", "eu", "oas", "ee.uu", "u.s", "u.s.", "mr.", "mrs.", "dr.",
        // "Another Irmandade member": determiners opening a sentence are no part of the name after them.
        "another", "other", "others", "each", "every", "some", "several", "many", "most", "such", "both",
        "cada", "otros", "otras", "varios", "varias", "ambos", "ambas", "algunos", "algunas",
    };

    // Generic words that name criminal groups when they are part of a capitalized name.
    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal)
    {
        "cartel", "cartels", "carteles", "clan", "organization", "organisation", "organizacion", "family", "familia", "mafia",
        "gang", "syndicate", "federation", "federacion", "autodefensas", "banda", "pandilla", "clan",
        "self-defense", "hermanos", "brotherhood", "mara", "command", "comando", "frente", "front", "commandos",
        "bloque", "bloc", "hermandad", "subestructura", "tropa", "bonde", "escuadron", "squadron", "columna", "batallon", "liga", "cofradia", "crew", "posse", "sindicato",
        "milicia", "milicias", "militia", "militias", "grupo",
        // Guerrilla and prison-gang names in Spanish and Portuguese, Haitian gangs' "base".
        "irmandade", "falange", "coordinadora", "guerrilla", "guerrillera", "insurgentes", "legion", "legiao", "vanguarda", "vanguardia",
        "vanguard", "cuadrilla", "baz", "nacao", "faccao", "faccion", "quadrilha", "gangue",
        // The units a Brazilian prison gang names ("Sintonia do Litoral"), and a cell's name ("Célula Tolvanera").
        "sintonia", "celula",
        "alliance", "alianza",
        // "the Harbour Ring": in English a capitalized ring is a smuggling ring; "Combo del Cerro" a Colombian street gang.
        "ring", "combo",
    };

    // Plurals that close gang names the way "Cartel" does ("the Latin Kings", "the Ridge Boys"):
    // rulers, young men, fighters and beasts.
    private static readonly HashSet<string> GangPlurals = new(StringComparer.Ordinal)
    {
        "kings", "lords", "boys", "knights", "warriors", "soldiers", "angels", "devils", "demons", "lions", "tigers", "wolves",
        "sharks", "snakes", "cobras", "scorpions", "hawks", "eagles", "falcons", "vultures", "crows", "ravens", "rats", "dogs",
        "bulls", "hounds", "panthers", "jaguars", "dragons", "pirates", "bandits", "raiders", "outlaws", "barons", "princes", "killers",
        "hunters", "assassins", "rebels", "ghosts", "phantoms", "vipers", "spiders", "hornets", "locusts", "buzzards", "foxes",
        "locos", "crips", "bloods", "guerreros",
    };

    // Words that make "Army" or "Forces" an armed group rather than a state's army.
    private static readonly HashSet<string> InsurgentWords = new(StringComparer.Ordinal)
    {
        "liberation", "liberacion", "revolutionary", "revolucionarias", "revolucionario", "revolucionaria", "revolucionarios",
        "popular", "populares", "patriotico", "patriotica", "patrioticas", "rebelde", "rebeldes", "insurgente", "insurgentes", "people's", "guerrilla",
        "self-defense", "autodefensas", "rebel", "insurgent", "patriotic", "ejercito", "fuerzas",
    };

    // Lower-case nouns after a name that say the name is a group ("the Urabeños gang").
    private static readonly HashSet<string> GroupCueAfter = new(StringComparer.Ordinal)
    {
        "gang", "gangs", "group", "groups", "organization", "organisation", "cartel", "members", "member", "bosses",
        "boss", "leader", "leaders", "leadership", "cell", "cells", "criminal", "drug", "stronghold", "syndicate",
        "network", "faction", "factions", "operations", "operatives", "militia", "mafia", "structure", "clan", "crew", "crews", "coalition",
        "commanders", "commander", "founder", "founders", "hitmen", "territory", "turf", "chief", "chiefs",
    };

    [Flags]
    internal enum Facts
    {
        None = 0, Title = 1, Institution = 2, Stop = 4, GroupHead = 8, GroupCue = 16, Everyday = 32, Demonym = 64, Place = 128,
    }

    // The same words come back in every sentence; what is known about a word is worked out once
    // per thread (normalizing and gazetteer look-ups dominate the cost of extraction otherwise).
    [ThreadStatic]
    private static Dictionary<string, (string Key, Facts Facts)>? memo;

    internal static (string Key, Facts Facts) Lookup(string word) => Text.ThreadMemo.Get(ref memo, word, Describe, 200_000);

    private static (string Key, Facts Facts) Describe(string word)
    {
        var key = NameNormalizer.Normalize(word);
        var facts = Facts.None;
        var bare = key.TrimEnd('.');
        if (Titles.Contains(bare) || IsPrefixedTitle(bare)) facts |= Facts.Title;
        if (InstitutionWords.Contains(key)) facts |= Facts.Institution;
        if (StopWords.Contains(key)) facts |= Facts.Stop;
        if (GroupHeads.Contains(key)) facts |= Facts.GroupHead;
        if (GroupCueAfter.Contains(key)) facts |= Facts.GroupCue;
        var gazetteer = Gazetteer.Default;
        // The everyday words are English: "Ángel" folds to "angel" but is a name.
        if (System.Text.Ascii.IsValid(word) && gazetteer.IsEverydayWord(word)) facts |= Facts.Everyday;
        // "Germán" folds to "german" but is a man's name: English demonyms carry no accent, and Spanish ones
        // ("alemán", "inglés") are written in lower case.
        if (gazetteer.IsDemonym(word, out _) && (System.Text.Ascii.IsValid(word) || !char.IsUpper(word[0]))) facts |= Facts.Demonym;
        if (gazetteer.Lookup(word).Count > 0) facts |= Facts.Place;
        return (key, facts);
    }

    public static string Key(string word) => Lookup(word).Key;

    // "Sub-commissioner", "co-director", "acting-governor": a rank below or beside a title is a title too.
    private static readonly string[] TitlePrefixes = ["sub", "vice", "ex", "co", "deputy", "under", "assistant", "acting", "chief"];

    private static bool IsPrefixedTitle(string key)
    {
        var dash = key.IndexOf('-');
        return dash > 0 && Array.IndexOf(TitlePrefixes, key[..dash]) >= 0 && Titles.Contains(key[(dash + 1)..]);
    }

    public static bool IsTitle(string word) => (Lookup(word).Facts & Facts.Title) != 0;

    public static bool IsInstitutionWord(string word) => (Lookup(word).Facts & Facts.Institution) != 0;

    public static bool IsStopWord(string word) => (Lookup(word).Facts & Facts.Stop) != 0;

    public static bool IsGroupHead(string word) => (Lookup(word).Facts & Facts.GroupHead) != 0;

    /// <summary>"El Cartel de Sinaloa" is the Cartel de Sinaloa; "Los Zetas" keeps its article, and so does
    /// "La Familia Michoacana", where the article is part of the name.</summary>
    public static bool DropsArticle(string article, string head) =>
        Key(article) is "el" or "la" && IsGroupHead(head) && Key(head) is not ("familia" or "liga");

    /// <summary>"National Liberation Army", "Revolutionary Armed Forces of Colombia": armed groups, unlike "the Mexican Army".</summary>
    public static bool IsInsurgentName(IReadOnlyList<Word> words, int from = 0)
    {
        bool army = false, insurgent = false;
        for (var i = from; i < words.Count; i++)
        {
            var k = Key(words[i]);
            army |= k is "army" or "forces" or "ejercito" or "fuerzas";
            insurgent |= k is not ("ejercito" or "fuerzas") && InsurgentWords.Contains(k);
        }
        return army && insurgent;
    }

    public static bool IsGangPlural(string word) => GangPlurals.Contains(Key(word));

    public static bool IsGroupCueAfter(string word) => (Lookup(word).Facts & Facts.GroupCue) != 0;

    public static bool IsEveryday(string word) => (Lookup(word).Facts & Facts.Everyday) != 0;

    // "el Ejército" after "el Ejército de Liberación X", "the State" after "the Estado Mayor X": the state's army, the
    // state itself, whatever a group borrowed the word for.
    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal)
    {
        "ejercito", "army", "estado", "state", "armada", "navy", "marina", "policia", "police", "gobierno", "government", "fuerza", "fuerzas",
    };

    /// <summary>Whether a word's key names a body of the state: no short form of a group whose name opens with it.</summary>
    public static bool IsStateBody(string key) => StateBodies.Contains(key);

    public static bool IsDemonym(string word) => (Lookup(word).Facts & Facts.Demonym) != 0;

    public static bool IsPlace(string name) => (Lookup(name).Facts & Facts.Place) != 0;

    // The same, for a word of a sentence: it keeps what it is, so the rules that ask of it again and
    // again need not look it up each time.
    public static string Key(Word word) => word.Lexical.Key;

    public static bool IsTitle(Word word) => (word.Lexical.Facts & Facts.Title) != 0;

    public static bool IsInstitutionWord(Word word) => (word.Lexical.Facts & Facts.Institution) != 0;

    public static bool IsStopWord(Word word) => (word.Lexical.Facts & Facts.Stop) != 0;

    public static bool IsGroupHead(Word word) => (word.Lexical.Facts & Facts.GroupHead) != 0;

    /// <summary>"Minor", "Ever", "Wander": a capitalized everyday word that, where a name is expected (before
    /// an alias, inside a list of siblings), can be a given name — not a function word, title, nationality,
    /// group noun, place or institution.</summary>
    public static bool MayBeEverydayGivenName(Word w) =>
        w.IsCapitalized && !w.IsAllCaps && IsEveryday(w) && !IsStopWord(w) && !IsTitle(w) && !IsDemonym(w)
        && !IsGroupHead(w) && !IsPlace(w) && !IsInstitutionWord(w);

    public static bool IsGangPlural(Word word) => GangPlurals.Contains(word.Lexical.Key);

    public static bool IsGroupCueAfter(Word word) => (word.Lexical.Facts & Facts.GroupCue) != 0;

    public static bool IsEveryday(Word word) => (word.Lexical.Facts & Facts.Everyday) != 0;

    public static bool IsDemonym(Word word) => (word.Lexical.Facts & Facts.Demonym) != 0;

    public static bool IsPlace(Word word) => (word.Lexical.Facts & Facts.Place) != 0;
}
