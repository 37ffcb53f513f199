using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Names set beside a place or a unit: where a group is ("In Costa Brava, a cell known as …") and
/// the name a unit of a group is given ("a splinter faction of the CS, Bonde Novo, which …").</summary>
public static partial class GroupNameRules
{
    // "In Costa Brava, a cell known as Los Tejones …": a fronted place is where things happen; the description after
    // it is the subject's. Only the name right after the preposition: "In Honduras, Vatos Locos, a gang of …".
    private static bool IsFrontedPlace(NameSpan span, SentenceInfo info) =>
        FrontedLocative().IsMatch(info.Sentence.Text.AsSpan(0, span.Start - info.Sentence.Start));

    /// <summary>"In Costa Brava, a cell known as Los Tejones", "a small band in Valle Hondo known as Los Grillos": the
    /// span is where the group the sentence names is, not the group.</summary>
    public static bool IsPlaceOfNamedGroup(NameSpan span, SentenceInfo info) =>
        IsFrontedPlace(span, info) || span.Index >= 2 && NameWords.Key(info.Words[span.Index - 1]) is "in" or "en" or "from" or "de"
            && NamedGroupNouns.Contains(NameWords.Key(info.Words[span.Index - 2]));

    [GeneratedRegex(@"^\W*(?:In|En|Across|Around|Near|Cerca\s+de|Desde|From)\s+(?:(?:the|el|la|los|las)\s+)?$")]
    private static partial Regex FrontedLocative();

    // "a splinter faction of the Comando Sur, Bonde Novo, which he runs": a name set beside a unit of a group, and
    // itself described by "which", is the unit's ("a cell of the CS, Julio Paz, who …" is a man).
    private static bool IsNamedBesideUnit(NameSpan span, SentenceInfo info) =>
        ThingClauseAfter().IsMatch(info.Sentence.Text, span.End - info.Sentence.Start)
        && UnitOfGroupBefore().IsMatch(info.Sentence.Text.AsSpan(0, span.Start - info.Sentence.Start));

    [GeneratedRegex(@"\G\s*(?:\([^()]{1,12}\)\s*)?,\s*which\b")]
    private static partial Regex ThingClauseAfter();

    [GeneratedRegex(@"\b(?:faction|cell|wing|splinter|offshoot|unit|facci[oó]n|c[eé]lula|escisi[oó]n)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?-i:\p{Lu})[^,;()“""«]{0,50},\s*(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOfGroupBefore();
}
