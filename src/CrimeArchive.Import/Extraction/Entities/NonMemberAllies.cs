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
        foreach (var info in sentences)
        {
            if (!Denial.IsMatch(info.Sentence.Text))
                continue;
            // Whatever else the sentence says, it says no one here is a member of these groups.
            stated.RemoveAll(r => r.Sentence == info.Sentence && r.Type == RelationshipType.MemberOf);
            var named = mentions[info.Index].Select(m => m.Entity).Distinct().ToList();
            var people = named.Where(e => e.IsPerson).ToList();
            var groups = named.Where(e => e.Kind == EntityKind.Group).ToList();
            // The helper and the group are certain only when the sentence names no one else.
            var (helper, group) = (people, groups) switch
            {
                ([var person], [var g]) => (person, g),
                ([], [var first, var second]) => (first, second),
                _ => (null, null),
            };
            if (helper is null || group is null || stated.Any(r => r.Sentence == info.Sentence && Ties(r, helper, group)))
                continue;
            stated.Add(new FoundRelationship(helper, RelationshipType.AllyOf, group, info.Sentence));
        }
    }

    private static bool Ties(FoundRelationship r, EntityDraft a, EntityDraft b) =>
        (r.Subject == a && r.Object == b) || (r.Subject == b && r.Object == a);

    // "is not a member of", "has never been part of", "without belonging to", "did not consider her a gang
    // member", "no forma parte de", "sin ser integrante de", "no pertenece a". "not a member of any gang"
    // says nothing of the group at hand.
    [GeneratedRegex(@"(?:\b(?:not|never)\s+(?:(?:been|being|become|became|a|an|formally|officially|really|actually|ever|even)\s+){0,3}(?:(?:gang|cartel|group|full|formal|sworn|full-fledged)\s+)?(?:member|part)\s+of\b|\bwithout\s+(?:ever\s+|formally\s+)?(?:being\s+(?:a\s+)?(?:member|part)\s+of|belonging\s+to|becoming\s+(?:a\s+)?member|joining)\b|\b(?:not|never)\s+(?:\p{Ll}+\s+)?(?:belong|belongs|belonged)\s+to\b|\bnot\s+(?:consider|regard|count|deem)\w*\s+(?:\S+\s+){1,3}?(?:a\s+)?(?:\p{Ll}+\s+)?member\b|\bnot\s+(?:charge|accuse)\w*\s+(?:\S+\s+)?with\s+(?:belonging|membership)\b|\bno\s+(?:forma|forman|formaba|formaban|form[óo]|hace|hacen|hac[íi]a|hac[íi]an|hizo)\s+parte\b|\bno\s+(?:es|era|fue|son|eran|fueron|ha\s+sido)\s+(?:parte|miembro|miembros|integrante|integrantes)\b|\bno\s+pertenec\w*\s+a\b|\bsin\s+(?:(?:ser|formar|hacer)\s+parte|ser\s+(?:miembro|integrante)|pertenecer)\b|\bnunca\s+(?:fue|ha\s+sido|form[óo]|hizo)\s+(?:parte|miembro|integrante)\b|\bno\s+(?:lo|la|los|las|le|les)\s+consider\w+\s+(?:como\s+)?(?:miembro|integrante|parte)\b)(?!\s+(?:of\s+)?(?:any|ning[úu]n|ninguna)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DenialPattern();
    private static readonly CuedRegex Denial = new(DenialPattern());
}
