using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;
using static CrimeArchive.Import.Extraction.Entities.RelationshipPatterns;

namespace CrimeArchive.Import.Extraction.Entities;

// Sibling rules and the rules that need the whole text.
public sealed partial class RelationshipRules
{
    private void Siblings(Sentence s, List<SentenceMention> ms, int i, EntityDraft? subject)
    {
        var p = ms[i];
        var before = Tail(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), p.Start);
        if (HisBrotherBefore.IsMatch(before))
        {
            // "His wife, Ana Paz, runs the shops, and his brother, Leo Díaz, …": both are his, not hers.
            var kin = ms.Take(i).Where((m, k) => m.Entity.IsPerson && IsNamedAsKin(s, ms, k)).Select(m => m.Entity).ToHashSet();
            // "Junto con su hermano, Darío Ledesma, Pedro Ledesma fundó …": a fronted possessive is the coming subject's.
            var other = SharingSurname(p.Entity, ms, i)
                ?? ms.Skip(i + 1).FirstOrDefault(m => m.Entity.IsPerson && m.Entity != p.Entity && SharesSurname(m.Entity, p.Entity))?.Entity
                ?? ms.Take(i).LastOrDefault(m => m.Entity.IsPerson && m.Entity != p.Entity && !kin.Contains(m.Entity))?.Entity
                ?? subject ?? seenPeople.LastOrDefault(e => e != p.Entity && !kin.Contains(e));
            if (other is not null && other != p.Entity)
                Add(other, RelationshipType.SiblingOf, p.Entity, s);
        }
        if (i + 1 < ms.Count && ms[i + 1].Entity.IsPerson && ms[i + 1].Entity != p.Entity)
        {
            var between = Text(s, p.End, ms[i + 1].Start);
            if (BrotherOfBetween().IsMatch(between) || PossessiveBrotherBetween().IsMatch(between) && !IsNamedAsKin(s, ms, i))
                Add(p.Entity, RelationshipType.SiblingOf, ms[i + 1].Entity, s);
        }
    }

    private static bool IsNamedAsKin(Sentence s, List<SentenceMention> ms, int k)
    {
        var before = Tail(s, Math.Max(s.Start, k > 0 ? ms[k - 1].End : s.Start), ms[k].Start);
        return RelativeBefore.IsMatch(before) || HisBrotherBefore.IsMatch(before);
    }

    // The person of the text, named before, who shares this person's surnames.
    private EntityDraft? SharingSurname(EntityDraft person, List<SentenceMention> ms, int i)
    {
        var inSentence = ms.Take(i).LastOrDefault(m => m.Entity.IsPerson && m.Entity != person && SharesSurname(m.Entity, person));
        if (inSentence is not null)
            return inSentence.Entity;
        return seenPeople.LastOrDefault(e => e != person && e.IsPerson && SharesSurname(e, person));
    }

    private readonly List<EntityDraft> seenPeople = [];

    // "Yorman Alexander Piña Colmenares" and "Deiver Piña Colmenares": the same last name.
    private static bool SharesSurname(EntityDraft a, EntityDraft b) =>
        a.NameWords.Length >= 2 && b.NameWords.Length >= 2 && (a.NameWords[^1] == b.NameWords[^1] || Paternal(a) == Paternal(b));

    private static string Paternal(EntityDraft person) =>
        person.NameWords.Length >= 3 ? person.NameWords[^2] : person.NameWords[^1];

    // Rules that need the whole text: brothers of a group's leaders, groups led by brothers.
    private void Complete()
    {
        foreach (var (person, group, s) in brothersOfLeaders)
        {
            var leaders = found.Where(f => f.Type == RelationshipType.LeaderOf && f.Object == group && f.Subject != person).Select(f => f.Subject).ToList();
            foreach (var leader in leaders.Where(l => SharesSurname(l, person)))
                Add(person, RelationshipType.SiblingOf, leader, s);
        }
        foreach (var (person, group, s) in ledByBrothers)
        {
            var siblings = found.Where(f => f.Type == RelationshipType.SiblingOf && (f.Subject == person || f.Object == person))
                .Select(f => f.Subject == person ? f.Object : f.Subject).ToList();
            foreach (var sibling in siblings)
                Add(sibling, RelationshipType.LeaderOf, group, s);
        }
    }
}
