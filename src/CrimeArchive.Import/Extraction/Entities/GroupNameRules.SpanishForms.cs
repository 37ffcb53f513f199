using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Entities;

public static partial class GroupNameRules
{
    /// <summary>"the Western Joint Board (Junta Conjunta Occidental – JCO)": an English name given with its Spanish form and
    /// their acronym is an armed outfit's, whatever its English head noun, where the Spanish form opens with an outfit's noun
    /// and the sentence speaks of armed groups. A plan, a system or a movement given so ("Early Warning System (Sistema de
    /// Alertas Tempranas – SAT)") opens with none; a state body's English name holds an institution's word.</summary>
    private static bool IsOutfitWithSpanishForm(NameSpan whole, SentenceInfo info) =>
        whole.Words.All(w => w.IsCapitalized || NameCandidateFinder.IsParticle(w.Text))
        && SpanishFormWithAcronym(whole, info) is { } spanish && OutfitHeads.Contains(NameWords.Key(spanish.Split(' ')[0]))
        && OutfitTalk().IsMatch(info.Sentence.Text) && !NameWords.IsPlace(whole.Surface)
        && !whole.Words.Any(w => NameWords.IsInstitutionWord(w) || NameWords.IsDemonym(w));

    // The nouns that open the Spanish names of armed outfits: "Estado Mayor Central", "Comando de Frontera".
    private static readonly HashSet<string> OutfitHeads = new(StringComparer.Ordinal)
    {
        "junta", "estado", "comando", "coordinadora", "frente", "bloque", "columna", "autodefensas", "milicias", "brigadas",
        "brigada", "cartel", "clan", "ejercito", "fuerzas",
    };

    // The Spanish form in the parenthesis after an English name, when the acronym closing it spells one of the two out:
    // the shape NamesSpelledOut reads once the acronym is known as a group.
    private static string? SpanishFormWithAcronym(NameSpan name, SentenceInfo info)
    {
        var k = info.Spans.FindIndex(s => s.Start > name.Start);
        if (k < 0 || k + 1 >= info.Spans.Count || !IsGlossedBy(info, name, info.Spans[k]) || !IsAcronymAfterDash(info, info.Spans[k], info.Spans[k + 1]))
            return null;
        var (spanish, letters) = (info.Spans[k], AcronymLetters(info.Spans[k + 1].Surface));
        return Initials(EntityRegistry.KeyOf(spanish.Surface)) == letters || Initials(EntityRegistry.KeyOf(name.Surface)) == letters ? spanish.Surface : null;
    }

    [GeneratedRegex(@"\b(?:fronts?|blocs?|columns?|units?|factions?|dissidents?|guerrillas?|rebels?|insurgents?|militias?|network|armed\s+groups?|splinters?|cartels?|gangs?|ex-\p{Lu}+|former-\p{Lu}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutfitTalk();
}
