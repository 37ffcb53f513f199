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

    // The Spanish form in the parenthesis after an English name, when the acronym closing it is the initials of one of the two.
    private static string? SpanishFormWithAcronym(NameSpan span, SentenceInfo info)
    {
        if (SpanishFormAfter().Match(info.Sentence.Text, span.End - info.Sentence.Start) is not { Success: true } m)
            return null;
        var spanish = m.Groups["name"].Value;
        var acronym = m.Groups["acronym"].Value;
        return Initials(spanish.Split(' ')) == acronym || Initials(span.Words.Select(w => w.Text)) == acronym ? spanish : null;
    }

    private static string Initials(IEnumerable<string> words) =>
        string.Concat(words.Where(w => w.Length > 0 && !NameCandidateFinder.IsParticle(w) && char.IsUpper(w[0])).Select(w => w[0]));

    [GeneratedRegex(@"\G\s*\((?<name>\p{Lu}[\p{L}\-]*(?:\s+(?:de|del|la|las|los|y|\p{Lu}[\p{L}\-]*)){1,6})\s*(?:[–—-]|,)\s*(?<acronym>\p{Lu}{2,6})\)")]
    private static partial Regex SpanishFormAfter();

    [GeneratedRegex(@"\b(?:fronts?|blocs?|columns?|units?|factions?|dissidents?|guerrillas?|rebels?|insurgents?|militias?|network|armed\s+groups?|splinters?|cartels?|gangs?|ex-\p{Lu}+|former-\p{Lu}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutfitTalk();
}
