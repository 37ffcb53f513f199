namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The names of street gangs' units: regional programs ("Programa Cumbre"), cliques closed by "Locos" or by the
/// gang's number ("Tejones Locos 31"), and gangs counted in a list after their noun.</summary>
public static partial class GroupNameRules
{
    // "Programa Cumbre", "the Program Costa Alta": a street gang's regional program, one or two capitalized words after
    // its noun ("el Programa de Recompensas del FBI" is an office's, "el Programa Nacional" a ministry's).
    private static bool IsProgram(NameSpan unit)
    {
        var first = LeadingArticle(unit);
        var named = unit.Count - first - 1;
        if (named is < 1 or > 2 || NameWords.Key(unit.Words[first]) is not ("programa" or "program"))
            return false;
        for (var i = first + 1; i < unit.Count; i++)
        {
            var word = unit.Words[i];
            if (!word.IsCapitalized || word.IsAllCaps || NameCandidateFinder.IsParticle(word.Text) || StateProgramWords.Contains(NameWords.Key(word)))
                return false;
        }
        return true;
    }

    private static readonly HashSet<string> StateProgramWords = new(StringComparer.Ordinal)
    {
        "nacional", "national", "federal", "municipal", "estatal", "especial", "special", "integral", "social", "mundial",
    };

    // "the Mara Quiscal's Programa Cumbre", "reúne sus clicas en el Programa Costa Alta": a program named beside a gang's
    // own words (its cliques, a mara) is one of its units, its article left out. Stories of prevention programs speak of
    // gangs and barrios too ("the Programa Casa Abierta for former gang members"): those words are not enough.
    private static NameSpan? StreetGangProgram(NameSpan span, SentenceInfo info)
    {
        if (!IsProgram(span))
            return null;
        for (var i = 0; i < info.Words.Count; i++)
            if ((i < span.Index || i >= span.Index + span.Count) && CliqueWords.Contains(NameWords.Key(info.Words[i])))
                return LeadingArticle(span) == 1 ? span.Slice(1, span.Count - 1) : span;
        return null;
    }

    // How many words of the program's article open the span: one or none.
    private static int LeadingArticle(NameSpan span) => NameWords.Key(span.Words[0]) is "the" or "el" or "la" ? 1 : 0;

    private static readonly HashSet<string> CliqueWords = new(StringComparer.Ordinal)
    {
        "clique", "cliques", "clica", "clicas", "clika", "clikas", "mara", "maras", "marero", "mareros", "ranflero", "palabrero",
    };

    // "la Mara Cenzontle", "el Barrio 31", "la M31": a street gang, by its noun or by the number in its name; not a
    // police force or an agency ("el Programa Oportunidades de la PNC").
    private static bool IsStreetGang(NameSpan parent) =>
        parent.Words.Any(w => NameWords.Key(w) is "barrio" || StreetGangWords.Contains(NameWords.Key(w)) || w.Text.Any(char.IsDigit));

    // "the Berrueco Locos Cenzontles of San Telmo", "los Tejones Locos 22", "Chuchos Locos de San Ramón": capitalized words
    // then "Locos", and the gang's name or number or a sentence about gangs, make a clique's name, never a person's or a
    // place's ("the band Perros Locos played" is none); its article is no part of it; an English "of" after it says where
    // the clique is, a Spanish "de" is as often part of its name. "The Centrales Locos clique" is left to the rule for a
    // noun after a name, which keeps the noun as a second form.
    private static NameSpan? LocosClique(NameSpan whole, SentenceInfo info)
    {
        // Every capitalized span comes here first: the word is looked for before anything is built.
        if (!HasWord(whole, "locos") || PersonNameRules.TrimLeading(whole, keepArticles: true) is not { } raw || IsGroupNounAfter(PersonNameRules.WordAfter(info, raw)))
            return null;
        var first = NameWords.Key(raw.Words[0]) is "the" or "la" or "el" or "los" or "las" ? 1 : 0;
        var locos = first + 1;
        while (locos < raw.Count && NameWords.Key(raw.Words[locos]) != "locos")
        {
            if (!raw.Words[locos - 1].IsCapitalized || NameCandidateFinder.IsParticle(raw.Words[locos - 1].Text))
                return null;
            locos++;
        }
        if (locos >= raw.Count || !raw.Words[locos - 1].IsCapitalized || NameCandidateFinder.IsParticle(raw.Words[locos - 1].Text))
            return null;
        var end = locos + 1;
        var gangAfter = end < raw.Count && (raw.Words[end].Text.All(char.IsDigit) || raw.Words[end].IsCapitalized && !NameCandidateFinder.IsParticle(raw.Words[end].Text));
        if (!gangAfter && !SpeaksOfStreetGangs(info))
            return null;
        if (gangAfter)
            end++;
        return end < raw.Count && NameWords.Key(raw.Words[end]) == "of" ? raw.Slice(first, end - first) : raw.Slice(first, raw.Count - first);
    }

    private static bool HasWord(NameSpan span, string key)
    {
        for (var i = 0; i < span.Count; i++)
            if (NameWords.Key(span.Words[i]) == key)
                return true;
        return false;
    }

    // "two large coalitions, Tanbou Vèt and Zile Wouj, …", "dos pandillas, Los X y Ti Machèt": names listed after a plural
    // group noun and a comma are the groups it counts — not a place, nor a man whose name opens with a given name
    // ("two gangs, Nerio Talavera said").
    private static bool IsListedAfterGroupNoun(NameSpan raw, SentenceInfo info)
    {
        var before = raw.Index - 1;
        while (before >= 1 && (info.Words[before].IsCapitalized || NameWords.Key(info.Words[before]) is "and" or "y" or "e"))
            before--;
        if (before < 0 || !ListingGroupNouns.Contains(NameWords.Key(info.Words[before])))
            return false;
        var gap = info.Sentence.Text.AsSpan(info.Words[before].End - info.Sentence.Start, info.Words[before + 1].Start - info.Words[before].End);
        // The list goes on or closes after the name: "two gangs, Nerio Talavera said" has a verb after it.
        var rest = info.Sentence.Text.AsSpan(raw.End - info.Sentence.Start).TrimStart();
        var listGoesOn = rest.IsEmpty || rest[0] is ',' or ';' or ')' || PersonNameRules.WordAfter(info, raw) is "and" or "y" or "e" or "or" or "o";
        return listGoesOn && gap.Trim().SequenceEqual(",") && !NameWords.IsPlace(raw.Surface) && !GivenNames.Contains(raw.Words[0].Text)
            && !raw.Words.Any(w => NameWords.IsInstitutionWord(w));
    }

    private static readonly HashSet<string> ListingGroupNouns = new(StringComparer.Ordinal)
    {
        "gangs", "coalitions", "cartels", "factions", "clans", "alliances", "crews", "cliques", "militias",
        "pandillas", "bandas", "coaliciones", "carteles", "facciones", "clanes", "alianzas", "clicas", "maras", "milicias",
    };

    // "the Tejones Locos 31, una clica de …", "the Copper Ravens 31 and other cliques": capitalized words closed by a plural
    // and a number of one to three digits, in a sentence that speaks of gangs; not an address ("Residencial Las Flores
    // 22"), a place ("Barrio Los Pinos 22") or an operation ("Operación Halcones 3").
    private static bool IsNumberedClique(NameSpan span, SentenceInfo info)
    {
        if (span.Count < 3 || span.Words[^1].Text is not { Length: >= 1 and <= 3 } number || !number.All(char.IsDigit))
            return false;
        var plural = span.Words[^2];
        var first = NameWords.Key(span.Words[0]) is "the" or "la" or "el" or "los" or "las" ? NameWords.Key(span.Words[1]) : NameWords.Key(span.Words[0]);
        return plural.IsCapitalized && !plural.IsAllCaps && plural.Text.Length >= 4 && plural.Text.EndsWith('s')
            && span.Words.Take(span.Count - 1).All(w => w.IsCapitalized)
            && !Places.PlaceNouns.IsSingular(first) && !NotOutfitWords.Contains(first) && !AddressWords.Contains(first)
            && !NameWords.IsPlace(span.Slice(0, span.Count - 1).Surface)
            && SpeaksOfStreetGangs(info);
    }

    private static bool SpeaksOfStreetGangs(SentenceInfo info) => info.Words.Any(w => StreetGangWords.Contains(NameWords.Key(w)));

    private static readonly HashSet<string> StreetGangWords = new(StringComparer.Ordinal)
    {
        "clique", "cliques", "clica", "clicas", "clika", "clikas", "gang", "gangs", "pandilla", "pandillas", "pandillero", "pandilleros",
        "mara", "maras", "marero", "mareros",
    };

    // Openings of an address the place nouns leave out.
    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "calle", "avenida", "carrera", "residencial", "lotificacion", "urbanizacion", "street", "avenue", "road", "route", "ruta",
    };
}
