using System.Text.RegularExpressions;
namespace CrimeArchive.Import.Parsing;

/// <summary>The generic words of profile pages: section headings and factbox labels, English and
/// Spanish, compared lower-cased without a trailing colon.</summary>
public static partial class ProfileVocabulary
{
    private static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        "history", "background", "criminal activities", "geography", "allies and enemies", "prospects", "leadership",
        "structure", "modus operandi", "origins", "evolution", "current status", "key figures", "finances", "membership",
        "historia", "antecedentes", "actividades criminales", "geografía", "geografia", "aliados y enemigos",
        "perspectivas", "liderazgo", "estructura", "orígenes", "origenes", "evolución", "evolucion", "finanzas",
    };

    private static readonly HashSet<string> PersonLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "dob", "d.o.b.", "date of birth", "born", "birth", "birthplace", "place of birth", "group", "status", "nationality",
        "alias", "aliases", "also known as", "position", "role", "rank",
        "fecha de nacimiento", "nacimiento", "lugar de nacimiento", "nacido", "grupo", "estatus", "estado", "situación",
        "situacion", "nacionalidad", "alias", "cargo", "rol",
    };

    private static readonly HashSet<string> GroupLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "leaders", "founded", "founding", "founder", "founders", "size", "members", "number of members",
        "strength", "allies", "enemies", "rivals", "headquarters", "base",
        "líder", "lider", "líderes", "lideres", "cabecilla", "cabecillas", "fundación", "fundacion", "fundado",
        "fundada", "año de fundación", "fundador", "fundadores", "tamaño", "tamano", "miembros", "número de miembros",
        "aliados", "enemigos", "rivales", "sede",
    };

    private static readonly HashSet<string> SharedLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "criminal activities", "area of operation", "area of operations", "areas of operation", "areas of operations",
        "territory", "activities", "geographic presence", "geographical presence", "presence", "area of influence",
        "presencia geográfica", "presencia geografica", "presencia", "zona de influencia",
        "actividades criminales", "área de operaciones", "area de operaciones", "áreas de operación", "área de operación",
        "zona de operaciones", "territorio", "actividades",
    };

    private static readonly HashSet<string> CountryLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "homicide rate", "homicides", "murder rate", "main criminal activities", "population", "main criminal groups", "criminal groups",
        "principal criminal groups", "capital", "gdp", "drug production", "coca cultivation", "cocaine production",
        "tasa de homicidios", "homicidios", "población", "poblacion", "principales grupos criminales",
        "grupos criminales", "principales actividades criminales", "pib", "cultivos de coca", "producción de cocaína",
    };

    public static bool IsHeading(string line) => Headings.Contains(Key(line));

    public static bool IsLabel(string label) =>
        PersonLabels.Contains(Key(label)) || GroupLabels.Contains(Key(label)) || SharedLabels.Contains(Key(label)) || IsCountryLabel(label);

    /// <summary>A label whose value lists places: "Area of operation", "Zonas de influencia", "Territory", "Sede".</summary>
    public static bool IsPlaceLabel(string label) => PlaceLabel().IsMatch(Key(label));

    [GeneratedRegex(@"^(?:[\p{L}]+\s+){0,3}?(?:areas?|[áa]reas?|zones?|zonas?|regions?|regi[óo]n(?:es)?|territor\p{L}*|presen\p{L}+|bases?|sede|headquarters|influen\p{L}+|locations?|ubicaci[óo]n)(?:\s+[\p{L}]+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PlaceLabel();

    public static bool IsPersonLabel(string label) => PersonLabels.Contains(Key(label));

    public static bool IsGroupLabel(string label) => GroupLabels.Contains(Key(label));

    public static bool IsCountryLabel(string label) => CountryLabels.Contains(Key(label));

    // 'Homicide rate (2023)' is the label 'Homicide rate'.
    private static string Key(string text)
    {
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        return (paren > 0 ? text[..paren] : text).Trim().TrimEnd(':', '.').Trim();
    }
}
