using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Ties a rule read in a sentence that the sentence does not state: denied by their holder,
/// negated, or put under a denial, a doubt or a condition.</summary>
internal static partial class UnstatedTies
{
    public static bool IsUnstated(FoundRelationship r, List<SentenceMention> here)
    {
        var (subject, obj) = (here.FirstOrDefault(m => m.Entity == r.Subject), here.FirstOrDefault(m => m.Entity == r.Object));
        return Denied(r.Sentence, subject, obj) || subject is not null && obj is not null
            && (Unasserted(r.Sentence, subject, obj) || r.Type is Data.RelationshipType.MemberOf or Data.RelationshipType.LeaderOf && FacesTheGroup(r.Sentence, subject, obj));
    }

    // "X held talks with representatives of G", "X met with G envoys", "X murió asesinado por hombres de G": a person
    // who meets the group's people or is struck by them is not one of them.
    private static bool FacesTheGroup(Sentence s, SentenceMention person, SentenceMention group) =>
        person.End < group.Start && MeetingOrHarmBefore().IsMatch(s.Text.AsSpan(person.End - s.Start, group.Start - person.End));

    [GeneratedRegex(@"\b(?:(?:talks|met|meets|meeting|meetings|negotiat\w+|talked|spoke|se\s+reuni[óo]|se\s+reunieron|negoci[óo]|negociaron|conversaciones)\s+(?:[\p{L}\-]+\s+){0,3}?(?:with|con)|(?:killed|murdered|shot|attacked|ambushed|kidnapped|abducted|threatened|wounded|asesinad[oa]s?|atacad[oa]s?|secuestrad[oa]s?|amenazad[oa]s?|herid[oa]s?|baleado|baleada)\s+(?:[\p{L}\-]+\s+){0,2}?(?:by|por))\s+(?:(?:the|los|las|la|el|some|several|two|three|unos|varios|dos|tres)\s+)?(?:(?:representatives|envoys|emissaries|leaders|members|men|gunmen|hitmen|fighters|representantes|enviados|emisarios|l[íi]deres|jefes|miembros|integrantes|hombres|sicarios|pistoleros)\s+(?:of|from|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOrHarmBefore();

    // "Cruz, who denies leading Los Pericos", "X negó pertenecer a G": a role the first name denies
    // holding is none. A denial between the two names ("X denied that his brother led G") is about
    // something else.
    private static bool Denied(Sentence s, SentenceMention? subject, SentenceMention? obj)
    {
        // "Ibarra denies working for the family": the group is only described, so the denial follows the subject.
        if (subject is not null && obj is null)
            return Denial.IsMatch(s.Text.AsSpan(subject.End - s.Start)) || OnlyPossible().IsMatch(s.Text.AsSpan(subject.End - s.Start));
        if (subject is null || obj is null)
            return false;
        var from = Math.Min(subject.End, obj.End) - s.Start;
        var to = Math.Max(subject.Start, obj.Start) - s.Start;
        return to > from && Denial.IsMatch(s.Text.AsSpan(from, to - from));
    }

    [GeneratedRegex(@"^[\s,]*(?:(?:who|que|quien|has|have|had|ha|han|always|repeatedly|consistently|siempre|también|also)[\s,]+)*(?:den(?:y|ies|ied|ying)|niegan?|neg[oó]|negaron|negar)\s+(?:ever\s+|any\s+|haber\s+|nunca\s+)?(?:\p{L}+ing|\p{L}+(?:ar|er|ir))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenialPattern();
    private static readonly Regex Denial = DenialPattern();

    // "Vidal has never been a member of the FRN", "The army denied reports that Vega had reached a deal
    // with X", "no hay indicios de que la banda mantenga una alianza con X", "If the Blue Command were to
    // ally with X", "nothing suggests that X works with G", "la fiscalía no excluye que X colaborara con G":
    // a tie the sentence says is not so, or only may be, is not stated. A negation counts between the
    // two names; a denial, a doubt or a condition before both.
    private static bool Unasserted(Sentence s, SentenceMention subject, SentenceMention obj)
    {
        var from = Math.Min(subject.End, obj.End) - s.Start;
        var to = Math.Max(subject.Start, obj.Start) - s.Start;
        var first = Math.Min(subject.Start, obj.Start) - s.Start;
        if (to <= from)
            return false;
        // "denied reports that X, the leader of G, surrendered": a tie given in apposition is taken as known.
        var between = s.Text.AsSpan(from, to - from);
        var apposition = between.TrimStart() is [',' or '(', ..] or ['\'' or '’', 's', ..];
        // "Officials denied that X still led G": what is denied is that it goes on, not that it was.
        var before = s.Text.AsSpan(0, first);
        return NegatedTie().IsMatch(between) || OnlyPossible().IsMatch(between)
            || !apposition && (DoubtedTie().IsMatch(before) && !StillHolds().IsMatch(between) || ConditionBefore().IsMatch(before));
    }

    // "his brother … could take over the group", "X podría asumir el mando de G": a role someone may
    // come to hold is not one they hold.
    [GeneratedRegex(@"\b(?:could|might|may|would)\s+(?:\p{Ll}+\s+)?(?:take\s+over|take\s+control|take\s+(?:the\s+)?(?:reins|helm|command)|succeed|inherit)\b|\bpodr[íi]an?\s+(?:\p{Ll}+\s+)?(?:tomar|asumir|heredar|quedarse\s+con)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyPossible();

    [GeneratedRegex(@"\b(?:still|any\s+longer|anymore|todav[íi]a|a[úu]n|sigue|siguen|segu[íi]a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillHolds();

    [GeneratedRegex(@"\b(?:(?:is|are|was|were|has|have|had)\s+(?:never|not)\b(?!\s+only)|(?:never|nunca|jam[áa]s)\s+(?:been|was|were|fue|fueron|ha\s+sido|han\s+sido|ha\s+estado|han\s+estado|estuvo|allied|aliad[oa]s?)\b|isn't|wasn't|aren't|weren't|hasn't|haven't|(?<![\p{L}])no\s+(?:es|era|fue|son|eran|fueron|ha\s+sido|han\s+sido)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedTie();

    [GeneratedRegex(@"\b(?:(?:denied|denies|deny|denying|rejected|rejects|ruled\s+out|rules\s+out|dismissed)\b(?:\s+[\p{L}\-]+){0,4}?\s+(?:that|reports?|claims?|allegations?|rumou?rs?)\b|(?:neg[óo]|niega|niegan|negaron|desminti[óo]|desmintieron|descart[óo]|descartaron|rechaz[óo]|rechazaron)\s+que\b|no\s+(?:proof|evidence|indication|sign|basis|grounds)s?\s+(?:yet\s+)?(?:that|of|for)\b|without\s+(?:proof|evidence)\b|(?:nothing|no\s+one|nobody)\s+(?:yet\s+)?(?:suggests|indicates|shows|proves|has\s+shown|has\s+proved)\s+that\b|no\s+hay\s+(?:pruebas|indicios|evidencias?)\s+de\s+que\b|(?:nada|nadie)\s+(?:indica|sugiere|muestra|prueba|ha\s+probado|ha\s+demostrado)\s+que\b|no\s+(?:excluye|excluyen|descarta|descartan)\s+que\b|(?:unconfirmed|unverified)\s+(?:reports?|rumou?rs?|accounts?)\b|(?:versiones|informaciones|rumores|reportes)\s+(?:a[úu]n\s+)?no\s+(?:confirmad|verificad)[oa]s\b|\bexpect(?:s|ed)?\b|not\s+rul(?:e|ed|ing)\s+out\b|(?:jam[áa]s|nunca)\s+(?:lograron|logr[óo]|pudieron|pudo)\s+(?:demostrar|probar)\b|could\s+not\s+(?:yet\s+)?(?:say|confirm|establish|prove)\s+whether\b|(?:looking|look|looks|looked)\s+into\s+whether\b|investigat\w+\s+whether\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DoubtedTie();

    [GeneratedRegex(@"(?:^|[,;:]\s*)(?:If|Should|Si)\s+[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionBefore();
}
