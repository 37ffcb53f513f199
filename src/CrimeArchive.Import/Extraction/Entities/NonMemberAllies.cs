using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>"a boatman who ferries cargo for the cartel without belonging to it", "Los Tejones no forman
/// parte de la banda, pero trabajan para ella": whoever a sentence says works with a group while not being
/// one of its members is its ally, not a member. The newsroom's annotations record such helpers — buyers,
/// launderers, lenders of boats and men — as allies.</summary>
internal static partial class NonMemberAllies
{
    public static void Apply(List<FoundRelationship> stated, List<SentenceInfo> sentences, List<SentenceMention>[] mentions)
    {
        for (var k = 0; k < sentences.Count; k++)
        {
            var info = sentences[k];
            var here = mentions[info.Index];
            // The denial patterns are long; most sentences name no one who could be the helper.
            if (!MayNameHelper(here) && !(k > 0 && stated.Any(r => r.Sentence == sentences[k - 1].Sentence && r.Type == RelationshipType.MemberOf && r.Subject.IsPerson)))
                continue;
            var text = info.Sentence.Text;
            var pairDenial = PairDenial.Match(text);
            var denial = pairDenial.Success ? pairDenial : NegationWord().IsMatch(text) ? Denial.Match(text) : Match.Empty;
            if (!denial.Success)
                continue;
            var people = here.Select(m => m.Entity).Where(e => e.IsPerson).Distinct().ToList();
            if (pairDenial.Success)
            {
                PairHelped(stated, sentences, mentions, k, people, denial.Index);
                continue;
            }
            // "X handled the calls for G. Investigators do not accuse her of belonging to the gang.": a denial
            // about a pronoun, aimed at the group or at a description of it, takes back the one membership the
            // sentence before gave a person.
            if (k > 0 && people.Count == 0 && PronounDenial().Match(text) is { Success: true } pronounDenial
                && stated.Where(r => r.Sentence == sentences[k - 1].Sentence && r.Type == RelationshipType.MemberOf && r.Subject.IsPerson).ToList() is [var earlier]
                && here.All(m => m.Entity == earlier.Object)
                && (AimedAtDescription().IsMatch(text.AsSpan(pronounDenial.Index + pronounDenial.Length))
                    || here.Any(m => m.Start - info.Sentence.Start - (pronounDenial.Index + pronounDenial.Length) is >= 0 and <= 12)))
            {
                MakeAlly(stated, earlier.Subject, earlier.Object, earlier.Sentence);
                continue;
            }
            var groups = here.Select(m => m.Entity).Where(e => e.Kind == EntityKind.Group).Distinct().ToList();
            // The helper and the group are certain only when the sentence names no one else; two groups need a
            // contrast ("no forman parte de G, pero trabajan para ella"), or a truce's outsiders would be allies.
            var (helper, group) = (people, groups) switch
            {
                ([var person], [var g]) => (person, g),
                // "Investigator Ana Ruiz said Pineda was not a member of G but worked with it": the denial's subject is
                // the person named last before it.
                ([_, _, ..], [var g]) when SubjectOfDenial(info, here, denial.Index) is { } person => (person, g),
                ([], [var first, var second]) when Contrast().IsMatch(text) => (first, second),
                // "Police do not think X belonged to the gang": the group only a description or a pronoun names, as the
                // membership read from the sentence has it.
                ([var person], []) when stated.Where(r => r.Sentence == info.Sentence && r.Type == RelationshipType.MemberOf && r.Subject == person)
                    .Select(r => r.Object).Distinct().ToList() is [var meant] => (person, meant),
                _ => (null, null),
            };
            if (helper is null || group is null || !DeniesMembership(info, here, helper, group))
                continue;
            MakeAlly(stated, helper, group, info.Sentence);
        }
    }

    // A helper is a person the sentence names, or the first of two groups it names and no one else; a sentence with
    // neither can only take back, by a pronoun, the membership the sentence before gave someone.
    private static bool MayNameHelper(List<SentenceMention> here)
    {
        EntityDraft? firstGroup = null;
        var twoGroups = false;
        foreach (var m in here)
        {
            if (m.Entity.IsPerson)
                return true;
            if (m.Entity.Kind != EntityKind.Group || m.Entity == firstGroup)
                continue;
            if (firstGroup is null)
                firstGroup = m.Entity;
            else
                twoGroups = true;
        }
        return twoGroups;
    }

    // The membership read in one sentence gives way to an alliance, unless the sentence ties the two already.
    private static void MakeAlly(List<FoundRelationship> stated, EntityDraft helper, EntityDraft group, Sentence sentence)
    {
        stated.RemoveAll(r => r.Sentence == sentence && r.Type == RelationshipType.MemberOf && r.Subject == helper && r.Object == group);
        if (!stated.Any(r => r.Sentence == sentence && Ties(r, helper, group)))
            stated.Add(new FoundRelationship(helper, RelationshipType.AllyOf, group, sentence));
    }

    // The denial follows the helper's name and is aimed at the group: its name, a pronoun or a group noun comes
    // right after it ("not part of it", "sin pertenecer a la banda"), or nothing does ("without ever joining.").
    // "a member of G, shot a shopkeeper who was not part of the conflict" denies nothing of G.
    private static bool DeniesMembership(SentenceInfo info, List<SentenceMention> here, EntityDraft helper, EntityDraft group)
    {
        var text = info.Sentence.Text;
        var helper1 = here.Where(m => m.Entity == helper).MinBy(m => m.Start)!;
        var (helperStart, helperEnd) = (helper1.Start - info.Sentence.Start, helper1.End - info.Sentence.Start);
        foreach (Match m in Denial.Regex.Matches(text))
        {
            // After the helper, or around him: "did not consider Nerio Talavera a gang member".
            if (m.Index < helperEnd && !(m.Index <= helperStart && m.Index + m.Length >= helperEnd))
                continue;
            // "X, who is not a gang member herself, kept G's books": a denial that names no group is the helper's only
            // when it follows him and the sentence says he works for someone ("who was not a gang member, was shot by G").
            if (m.Groups["bare"].Success && (!RightAfterName().IsMatch(text.AsSpan(helperEnd, Math.Max(0, m.Index - helperEnd))) || !HelpVerb().IsMatch(text)))
                continue;
            var after = m.Index + m.Length;
            var aimedAtName = here.Any(g => g.Entity == group && g.Start - info.Sentence.Start is var at && at >= after && at - after <= 12);
            if (aimedAtName || AimedAtDescription().IsMatch(text.AsSpan(after)))
                return true;
        }
        return false;
    }

    // "The notary belonged to neither network but worked for both", "no integraba ninguna de las dos; colaboraba
    // con ambas": the pair is the two groups the sentence names, or else the two named last before it; someone the
    // sentence says only was not part of either ("a shopkeeper who was not part of either gang was killed") helps
    // neither.
    private static void PairHelped(List<FoundRelationship> stated, List<SentenceInfo> sentences, List<SentenceMention>[] mentions, int k,
        List<EntityDraft> people, int denialAt)
    {
        var info = sentences[k];
        var helper = people.Count == 1 ? people[0] : SubjectOfDenial(info, mentions[info.Index], denialAt);
        if (helper is null)
            return;
        // Part of neither, the helper is a member of neither, whatever group "either gang" was read as.
        stated.RemoveAll(r => r.Sentence == info.Sentence && r.Type == RelationshipType.MemberOf && r.Subject == helper);
        if (!HelpVerb().IsMatch(info.Sentence.Text))
            return;
        var groups = new List<EntityDraft>();
        for (var back = k; back >= Math.Max(0, k - 3) && groups.Count < 2; back--)
            foreach (var m in mentions[sentences[back].Index].OrderByDescending(m => m.Start))
                if (m.Entity.Kind == EntityKind.Group && !groups.Contains(m.Entity) && groups.Count < 2)
                    groups.Add(m.Entity);
        if (groups.Count < 2)
            return;
        foreach (var group in groups)
            MakeAlly(stated, helper, group, info.Sentence);
    }

    // The person named last before the denial is its subject ("Pineda was not", "Pineda, who prosecutors say worked
    // for G without"), unless what stands between opens another clause or speaks of some of those named: "Mora told
    // Judge Ruiz that he was never", "A and B moved cash for G, though one of them was not".
    private static EntityDraft? SubjectOfDenial(SentenceInfo info, List<SentenceMention> here, int denialAt)
    {
        var text = info.Sentence.Text;
        var last = here.Where(m => m.Entity.IsPerson && m.End - info.Sentence.Start <= denialAt).MaxBy(m => m.End);
        return last is not null && !OtherSubjectBeforeDenial().IsMatch(text.AsSpan(last.End - info.Sentence.Start, denialAt - (last.End - info.Sentence.Start)))
            ? last.Entity : null;
    }

    [GeneratedRegex(@"\b(?:(?:one|two|some|none|each|uno|una|dos|alguno|alguna|algunos|ninguno|ninguna)\s+(?:of|de)|both|either|neither|ambos|ambas|that|que|he|she|él|ella)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubjectBeforeDenial();

    // "worked for both", "colaboraba con ambas", "laundered cash for either": a helper's work, which a denial alone
    // does not state.
    [GeneratedRegex(@"\b(?:work\w*|serv\w*|collaborat\w*|help\w*|launder\w*|suppl\w*|sold|sells?|moved|trabaj\w*|colabor\w*|oper(?:a|aba|aban|ó|aron)|sirv\w*|lav(?:a|aba|ó)|vend\w*|abastec\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelpVerb();

    private static bool Ties(FoundRelationship r, EntityDraft a, EntityDraft b) =>
        (r.Subject == a && r.Object == b) || (r.Subject == b && r.Object == a);

    [GeneratedRegex(@"^\s*(?:(?:himself|herself|themselves)\b\s*)?(?:[,.;:)]|$|(?:(?:of|to|de|del|a|al)\s+)?(?:it|them|her|him|ella|ellas|ellos|él|(?:the|that|this|its|la|el|esa|ese|esta|este|dicha|dicho)\s+(?:\p{Ll}+\s+)?(?:gang|group|organi[sz]ation|cartel|clan|crew|network|faction|front|band|banda|pandilla|grupo|organizaci[óo]n|c[áa]rtel|red|facci[óo]n|frente|estructura|clica)s?"
        // "without ever joining its ranks", "sin formar parte de sus filas"; not "its armed wing", which is a unit of the
        // group: a member of the group may stay out of it.
        + @"|(?:its|their|su|sus)\s+(?:ranks|membership|payroll|filas|n[óo]mina))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AimedAtDescription();

    // "she was not", "he has never been": a pronoun that is the denial's subject, read by both denial patterns.
    private const string PronounNotMember = @"\b(?:he|she)\s+(?:was|is|has\s+been|had\s+been)\s+(?:never|not)\s+";

    // "she was never a member of", "do not accuse her of belonging to", "no la consideran miembro de": the pronoun is the
    // denial's subject or its object, never a possessive ("her brother").
    [GeneratedRegex(PronounNotMember + @"(?:ever\s+)?(?:a\s+)?(?:member|part)(?:\s+of)?\b|\b(?:not|never)\s+(?:\p{Ll}+\s+)?(?:accus\w*|charg\w*|consider\w*)\s+(?:him|her)\s+(?:(?:of|with|as)\s+)?(?:belonging(?:\s+to)?|being\s+(?:a\s+)?member(?:\s+of)?|membership(?:\s+in)?|(?:a\s+)?member(?:\s+of)?)\b|\bno\s+(?:lo|la)\s+consider\w+\s+(?:como\s+)?(?:miembro|integrante|parte)(?:\s+del?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounDenial();

    // A denial aimed at a pair: "belonged to neither gang", "not a member of either network", "without belonging to
    // either of them", "no integraba ninguna de las dos", "sin integrar ninguna".
    [GeneratedRegex(@"\b(?:belong\w*\s+to|member\s+of|part\s+of)\s+neither\b|\b(?:not|never|without)\s+(?:\p{Ll}+\s+){0,3}?(?:member\s+of|part\s+of|belonging\s+to|joining)\s+either\b|\b(?:no|ni)\s+(?:pertenec\w*\s+a|integr\w*|(?:es|era|fue)\s+(?:parte|miembro|integrante)\s+de)\s+ningun[oa]\b|\bsin\s+(?:integrar|pertenecer\s+a)\s+ningun[oa]\b", RegexOptions.IgnoreCase)]
    private static partial Regex PairDenialPattern();
    private static readonly CuedRegex PairDenial = new(PairDenialPattern());

    [GeneratedRegex(@"^\s*,?\s*(?:who\s+)?$")]
    private static partial Regex RightAfterName();

    [GeneratedRegex(@"\b(?:but|although|though|while|yet|pero|aunque|sino|mientras)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    // "is not a member of", "was no member of", "is not a gang member (herself)", "has never been part of",
    // "without belonging to", "did not consider her a gang
    // member", "no forma parte de", "sin ser integrante de", "no pertenece a". "not a member of any gang"
    // says nothing of the group at hand.
    [GeneratedRegex(@"(?:\b(?:not|never)\s+(?:(?:been|being|become|became|a|an|formally|officially|really|actually|ever|even)\s+){0,3}(?:(?:gang|cartel|group|full|formal|sworn|full-fledged)\s+)?(?:member|part)\s+of\b|(?<!\bthere\s)\b(?:is|was|are|were)\s+no\s+member\s+of\b|(?<bare>\b(?:is|was|are|were)\s+not\s+(?:a\s+)?(?:gang|cartel|crew|clique)\s+member\b(?!\s+of\b))|" + PronounNotMember + @"(?:a\s+)?(?:member|part)(?=\s*[,;])|\bwithout\s+(?:ever\s+|formally\s+)?(?:being\s+(?:a\s+)?(?:member|part)\s+of|belonging\s+to|becoming\s+(?:a\s+)?member|joining)\b|\b(?:not|never)\s+(?:\p{Ll}+\s+)?(?:belong|belongs|belonged)\s+to\b|\bnot\s+(?:consider|regard|count|deem)\w*\s+(?:\S+\s+){1,3}?(?:a\s+)?(?:\p{Ll}+\s+)?member\b|\bnot\s+(?:been\s+)?(?:charge|accuse)\w*\s+(?:\S+\s+){0,4}?(?:with|of)\s+(?:belonging|membership|being\s+(?:a\s+)?(?:\p{Ll}+\s+)?member)\b|\bnot\s+(?:think|believe)\w*\s+(?:[^\s,;]+\s+){1,4}?(?:belonged|belongs|was\s+(?:a\s+)?(?:\p{Ll}+\s+)?member|was\s+part)\b|\bno\s+consider\w+\s+a\s+(?:[^\s,;]+\s+){1,4}?(?:como\s+)?(?:una?\s+)?(?:miembro|integrante|parte)\b|\bno\s+(?:forma|forman|formaba|formaban|form[óo]|hace|hacen|hac[íi]a|hac[íi]an|hizo)\s+parte\b|\bno\s+(?:es|era|fue|son|eran|fueron|ha\s+sido)\s+(?:parte|miembro|miembros|integrante|integrantes)\b|\bno\s+pertenec\w*\s+a\b|\b(?:no|ni)\s+integr(?:a|aba|an|aban|[óo]|aron)\b|\bsin\s+(?:(?:ser|formar|hacer)\s+parte|ser\s+(?:miembro|integrante)|pertenecer|integrar(?:la|lo|las|los)?)\b|\bnunca\s+(?:fue|ha\s+sido|form[óo]|hizo)\s+(?:parte|miembro|integrante)\b|\bno\s+(?:lo|la|los|las|le|les)\s+consider\w+\s+(?:como\s+)?(?:miembro|integrante|parte)\b)(?!\s+(?:(?:of|de|del|a)\s+)?(?:any|ning[úu]n|ninguna)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DenialPattern();

    // Each of the denial's shapes holds one of these words before a space; a test for them spares most sentences
    // the long pattern, whose cue words ("member", "part") are everywhere in crime reporting.
    [GeneratedRegex(@"\b(?:not|never|no|ni|without|sin|nunca)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NegationWord();
    private static readonly CuedRegex Denial = new(DenialPattern());
}
