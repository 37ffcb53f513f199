namespace CrimeArchive.Import.Extraction.Places;

/// <summary>The common nouns that say a capitalized name beside them is a place, by where they
/// stand: "the town of X" / "el municipio de X", "el barrio X", "the X neighborhood". One list for
/// the place scanner (which adds the place) and for the name rules (which keep the name from being
/// taken for a person or a group). Keys are normalized: lower case, no accents.</summary>
internal static class PlaceNouns
{
    private static readonly HashSet<string> Singular = new(StringComparer.Ordinal)
    {
        "town", "village", "city", "port", "seaport", "municipality", "district", "province", "department", "state",
        "region", "neighborhood", "neighbourhood", "commune", "hamlet", "island", "parish", "canton", "county", "suburb",
        "settlement", "locality", "capital", "prison", "area", "crossing", "jail", "penitentiary", "favela", "slum",
        "shantytown", "township", "barrio", "colonia", "valley", "community", "border", "zone",
        "municipio", "ciudad", "puerto", "departamento", "provincia", "estado", "comuna", "localidad", "pueblo",
        "aldea", "caserio", "corregimiento", "parroquia", "distrito", "poblado", "villa", "isla", "valle", "comunidad",
        "vereda", "sector", "zona",
        // Prisons, which the newsroom counts as places: "la cárcel de La Picota", "el penal de Puente Grande".
        "carcel", "penal", "penitenciaria", "prision", "reclusorio", "presidio", "reten",
    };

    // Plural nouns open lists: "the municipalities of X, Y and Z", "los barrios A y B".
    private static readonly HashSet<string> Plural = new(StringComparer.Ordinal)
    {
        "towns", "villages", "cities", "ports", "municipalities", "districts", "provinces", "departments", "states",
        "regions", "neighborhoods", "neighbourhoods", "communes", "hamlets", "islands", "parishes", "counties", "suburbs",
        "settlements", "favelas", "slums", "townships", "barrios", "colonias", "communities",
        "municipios", "ciudades", "puertos", "departamentos", "provincias", "estados", "regiones", "comunas", "localidades",
        "pueblos", "aldeas", "caserios", "corregimientos", "parroquias", "cantones", "distritos", "islas", "comunidades",
        "veredas", "sectores", "zonas",
    };

    // "residents of X", "los vecinos de X": who live there say it is a place.
    private static readonly HashSet<string> Dwellers = new(StringComparer.Ordinal)
    {
        "residents", "inhabitants", "outskirts", "vecinos", "habitantes", "pobladores", "moradores",
    };

    // "the mayor of X", "el alcalde de X": offices held over a place. Not in an apposition: "the mayor, X," is a person.
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "mayor", "mayors", "alcalde", "alcaldesa", "alcaldes", "governor", "gobernador", "gobernadora", "intendente", "prefeito",
        // "el presidente municipal de X", the Mexican mayor, and "la policía municipal de X".
        "municipal",
    };

    // "the Baz Tigre gang of Lomita", "una banda de Palmar": a gang of somewhere.
    private static readonly HashSet<string> Gangs = new(StringComparer.Ordinal)
    {
        "gang", "gangs", "banda", "bandas", "pandilla", "pandillas",
    };

    // "el barrio X", "la colonia X", "el penal Modelo": the name follows with no "de".
    private static readonly HashSet<string> Direct = new(StringComparer.Ordinal)
    {
        "barrio", "colonia", "sector", "comuna", "vereda", "aldea", "caserio", "corregimiento", "favela",
        "presidio", "penal", "carcel", "reten", "prision", "penitenciaria", "municipio", "parroquia",
        "neighborhood", "neighbourhood", "district", "township", "settlement",
    };

    // "los barrios Pochote y Guarumal", "los ríos A y B": a plural whose names follow it with no "de", each a place.
    private static readonly HashSet<string> DirectPlural = new(StringComparer.Ordinal)
    {
        "barrios", "colonias", "comunas", "veredas", "aldeas", "caserios", "corregimientos", "favelas", "parroquias", "rios",
    };

    // "the Chontal and Arenal neighborhoods", "the Seco and Chirrí rivers": a plural that closes a list of places.
    private static readonly HashSet<string> AfterPlural = new(StringComparer.Ordinal)
    {
        "neighborhoods", "neighbourhoods", "comunas", "communes", "rivers", "municipalities", "provinces", "villages", "towns",
        "barrios", "favelas", "islands",
    };

    // "the Chapare province", "the Galo Prieto neighborhood", "the Las Tunas crossing".
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "province", "department", "region", "municipality", "district", "neighborhood", "neighbourhood", "commune", "state",
        "port", "village", "town", "prison", "sector", "subregion", "jail", "penitentiary", "housing", "favela", "slum",
        "township", "shantytown", "estate", "crossing", "community", "settlement", "parish", "county", "barrio",
        "neighborhoods", "neighbourhoods",
    };

    // "a penitentiary in X", "una finca en X": a building or a holding stands in a place.
    private static readonly HashSet<string> Premises = new(StringComparer.Ordinal)
    {
        "prison", "jail", "penitentiary", "ranch", "farm", "hotel", "checkpoint", "airstrip",
        "carcel", "penal", "prision", "penitenciaria", "reclusorio", "presidio", "rancho", "finca", "hacienda", "reten", "pista",
    };

    public static bool IsPremises(string key) => Premises.Contains(key);

    /// <summary>"fled south to X": a compass direction before "to" and a place.</summary>
    public static bool IsDirection(string key) =>
        key is "south" or "north" or "east" or "west" or "southwest" or "southeast" or "northwest" or "northeast";

    /// <summary>"the town of X", "los municipios de X", "the mayor of X": a noun that names a place in an of-phrase.</summary>
    public static bool BeforeOf(string key) => Singular.Contains(key) || Plural.Contains(key) || Dwellers.Contains(key) || Offices.Contains(key);

    /// <summary>"a Chilean border village, Colchane,": a singular noun that may name a place in apposition.</summary>
    public static bool IsSingular(string key) => Singular.Contains(key);

    /// <summary>"una banda de Palmar": a gang noun whose of-phrase may say where the gang is from.</summary>
    public static bool IsGang(string key) => Gangs.Contains(key);

    /// <summary>"la ciudad fronteriza de X", "el municipio antioqueño de X": a Spanish adjective that may
    /// stand between a place noun and its "de".</summary>
    public static bool MayQualify(string key) =>
        key.Length >= 4 && key[^1] is 'o' or 'a' or 's' or 'e' or 'l' && !NotAdjectives.Contains(key);

    private static readonly HashSet<string> NotAdjectives = new(StringComparer.Ordinal)
    {
        "para", "como", "entre", "sobre", "cerca", "donde", "desde", "hacia", "pero", "mismo", "misma", "otra", "otro", "este", "esta",
        "ese", "esa", "unos", "unas", "todos", "todas", "mas", "menos", "antes", "despues", "tambien", "hasta", "segun", "durante",
    };

    /// <summary>"villages including X", "pueblos como X": a word after a plural place noun that gives examples of it.</summary>
    public static bool IsExampleCue(string key) => key is "including" or "like" or "incluidos" or "incluidas" or "incluyendo" or "como";

    /// <summary>"the towns of X and Y": a plural noun that opens a list of places.</summary>
    public static bool IsPlural(string key) => Plural.Contains(key);

    /// <summary>"los barrios A y B": a plural noun whose place names follow it directly.</summary>
    public static bool BeforeNames(string key) => DirectPlural.Contains(key);

    /// <summary>"the A and B neighborhoods": a plural noun after the place names it closes.</summary>
    public static bool AfterNames(string key) => AfterPlural.Contains(key);

    /// <summary>"el barrio X": a noun the place name follows directly.</summary>
    public static bool BeforeName(string key) => Direct.Contains(key);

    /// <summary>"the X neighborhood": a noun that follows the place name.</summary>
    public static bool AfterName(string key) => After.Contains(key);
}
