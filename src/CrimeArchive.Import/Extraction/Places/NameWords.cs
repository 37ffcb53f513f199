namespace CrimeArchive.Import.Extraction.Places;

/// <summary>Generic words (never names of particular groups or people) that tell what a
/// capitalized name next to them belongs to.</summary>
internal static class NameWords
{
    // Generic words that turn a place name into the name of a group.
    public static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "cartel", "cartels", "clan", "clans", "organization", "organisation", "gang", "gangs", "family",
        "group", "army", "front", "forces", "force", "bloc", "block", "brigade", "network", "syndicate",
        "mafia", "federation", "alliance", "command", "commando", "commandos", "militia", "militias",
        "movement", "brotherhood", "brothers", "boys", "empire", "cell", "faction", "crew", "posse",
        "self-defense", "banda", "familia", "frente", "bloque", "ejercito",
        "fuerzas", "autodefensas", "comando", "grupo", "pandilla", "mara", "federacion", "hermanos",
        "organizacion", "oficina", "cartel", "carteles",
    };

    // Words after a place that keep it a place ("Guanajuato State", "Mexico City" aside).
    public static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "state", "department", "province", "municipality", "region", "city", "county", "district",
        "valley", "port", "border", "coast", "highway",
    };

    // Spanish words before "de" that keep the place a place ("municipio de Tomatlán").
    public static readonly HashSet<string> SpanishPlaceWords = new(StringComparer.Ordinal)
    {
        "municipio", "departamento", "estado", "provincia", "ciudad", "puerto", "region", "norte", "sur",
        "centro", "occidente", "oriente", "costa", "sierra", "frontera", "capital", "area", "zona",
        "bajo", "alto", "medio", "gran", "nuevo", "nueva", "viejo", "vieja", "santa", "san", "santo",
    };

    // Spanish words that open sentences ("En Colombia", "Desde México"); like everyday English
    // words, they do not make the place that follows part of a longer name.
    public static readonly HashSet<string> SpanishFunctionWords = new(StringComparer.Ordinal)
    {
        "en", "el", "la", "los", "las", "de", "del", "desde", "hasta", "para", "por", "con", "sin", "entre",
        "sobre", "tras", "segun", "y", "o", "pero", "como", "cuando", "donde", "durante", "hacia", "ante",
        "contra", "al", "a", "que", "si", "tanto", "mientras", "aunque", "mas", "un", "una",
    };

    // Titles before a capitalized word make it a person's name ("President Santos").
    public static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "vice", "governor", "mayor", "general", "gen", "colonel", "col", "minister",
        "senator", "judge", "commander", "mr", "mrs", "ms", "don", "dona", "dr", "lieutenant",
        "sergeant", "corporal", "cpl", "patrolman", "patrolmen", "patrolwoman", "teniente", "sargento", "patrullero", "captain", "officer", "agent", "attorney", "prosecutor", "bishop", "father",
        "pope", "congressman", "congresswoman", "deputy", "alias", "vulgo",
    };

    /// <summary>"the Reed Cartel of Guatemala": a group noun that closes an English name, so that "of" and the
    /// place after it say where the group is from.</summary>
    public static bool ClosesEnglishGroupName(string key) => key is "cartel" or "clan" or "gang" or "network" or "syndicate" or "family";

    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "e", "a", "do", "da", "dos", "das", "of", "and", "the", "el", "en", "di", "du",
    };

    // Natural features named after a place: "Gulf of Fonseca", "Gulf of Mexico", "Lago de Nicaragua".
    public static readonly HashSet<string> FeatureWords = new(StringComparer.Ordinal)
    {
        "gulf", "bay", "lake", "sea", "isle", "island", "islands", "strait", "river", "cape", "mount",
        "golfo", "bahia", "lago", "laguna", "mar", "isla", "islas", "rio", "cerro", "volcan", "canal",
    };
}
