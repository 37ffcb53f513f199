namespace CrimeArchive.Import.Extraction.Entities;

public static partial class GroupNameRules
{
    /// <summary>An acronym never spelled out in the text is still an armed group where it is spoken of as one:
    /// "ingresó a las FRQ" in a sentence about fronts or guerrillas (the feminine plural of "fuerzas"), "the FRQ's
    /// Frente Sur", "FRQ dissidents", "a splinter of the old FRQ", "disidentes de las extintas FRQ".</summary>
    private static bool IsArmedAcronym(NameSpan span, SentenceInfo info)
    {
        if (span.Surface.Count(char.IsLetter) < 2 || CommonNounAcronyms.Contains(span.Surface))
            return false;
        var k = span.Index - 1;
        if (k >= 0 && NameWords.Key(info.Words[k]) == "las" && info.Words.Any(w => InsurgencyWords.Contains(NameWords.Key(w))))
            return true;
        var after = PersonNameRules.WordAfter(info, span);
        if (IsPossessive(span, info) && after is not null && Grammar.GroupKinds.Of(after) is "front" or "bloc" or "column")
            return true;
        if (after is not null && ArmedNounsAfter.Contains(after))
            return true;
        // "when the FRQ laid down its arms", "cuando las FRQ dejaron las armas": only an armed group disarms.
        if (DisarmsAfter().IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start)))
            return true;
        while (k >= 0 && NameWords.Key(info.Words[k]) is "the" or "los" or "el" or "la")
            k--;
        // One adjective may stand between: "the old FRQ", "las extintas FRQ".
        if (k >= 1 && !info.Words[k].IsCapitalized && NameWords.Key(info.Words[k]) is not ("of" or "de" or "del")
            && NameWords.Key(info.Words[k - 1]) is "the" or "los" or "las" or "el" or "la" or "of" or "de" or "del")
            k -= NameWords.Key(info.Words[k - 1]) is "of" or "de" or "del" ? 1 : 2;
        return k >= 1 && NameWords.Key(info.Words[k]) is "of" or "de" or "del" or "from" && SplinterNouns.Contains(NameWords.Key(info.Words[k - 1]));
    }

    // Acronyms of common nouns, which take the same articles: "las ONG", "las FFAA".
    private static readonly HashSet<string> CommonNounAcronyms = new(StringComparer.Ordinal) { "ONG", "ONGs", "NGO", "NGOs", "FFAA" };

    // Words only armed groups' members and units answer to: "fighters" or "units" may be a sport's or the police's.
    private static readonly HashSet<string> ArmedNounsAfter = new(StringComparer.Ordinal)
    {
        "dissidents", "dissident", "guerrillas", "guerrilla", "rebels", "rebel", "fronts", "blocs", "splinter", "combatants",
        "ex-combatants", "insurgents", "columns", "militiaman", "militiamen", "militias",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:(?:formally|finally|officially)\s+)?(?:laid|lays|lay|has\s+laid|had\s+laid)\s+down\s+(?:its|their)\s+(?:arms|weapons)\b|^\s+(?:(?:se\s+)?desmoviliz(?:ó|aron|aba|aban)|dej(?:ó|aron)\s+las\s+armas|entreg(?:ó|aron)\s+las\s+armas)\b")]
    private static partial System.Text.RegularExpressions.Regex DisarmsAfter();

    private static readonly HashSet<string> SplinterNouns = new(StringComparer.Ordinal)
    {
        "dissidents", "dissident", "disidentes", "disidente", "disidencias", "disidencia", "splinter", "offshoot", "remnants",
        "faction", "factions", "faccion", "facciones", "away", "exintegrantes", "excombatientes", "ex-combatants", "guerrillas",
        "guerrilleros", "fronts", "frentes", "blocs", "bloques",
    };

    // "ingresó a las FRQ": the plural article makes an acronym armed only in a sentence about an insurgency, not
    // "las EPS" (health insurers) or "las ONG".
    private static readonly HashSet<string> InsurgencyWords = new(StringComparer.Ordinal)
    {
        "frente", "frentes", "bloque", "bloques", "columna", "columnas", "guerrilla", "guerrillas", "guerrillero", "guerrilleros",
        "disidencias", "disidentes", "disidencia", "combatientes", "excombatientes", "insurgentes", "insurgencia", "comandante",
    };

    // The same words in English too, and "unit": what makes a "Compañía X" a guerrilla company (a gang story's "members"
    // or "banda" do not). Kept in this file so that it is initialized after the list it extends.
    private static readonly HashSet<string> InsurgentUnitCues = new(
        InsurgencyWords.Concat(["front", "fronts", "bloc", "column", "unit", "unidad", "dissidents", "insurgents"]), StringComparer.Ordinal);
}
