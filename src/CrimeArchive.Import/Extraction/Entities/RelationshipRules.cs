using System.Text.RegularExpressions;
using CrimeArchive.Data;
using static CrimeArchive.Import.Extraction.Entities.RelationshipPatterns;

namespace CrimeArchive.Import.Extraction.Entities;

public sealed record FoundRelationship(EntityDraft Subject, RelationshipType Type, EntityDraft Object, Sentence Sentence);

/// <summary>Relationships a sentence states between the entities it mentions: leader-of,
/// founded, member-of, sibling-of, rival-of and ally-of, each from a phrasing in
/// <see cref="RelationshipPatterns"/>. Only what the sentence says; "it", "its" and "the gang"
/// stand for the group the text last named.</summary>
public sealed class RelationshipRules
{
    private readonly List<FoundRelationship> found = [];
    private readonly List<(EntityDraft Person, EntityDraft Group, Sentence Sentence)> brothersOfLeaders = [];
    private readonly List<(EntityDraft Person, EntityDraft Group, Sentence Sentence)> ledByBrothers = [];
    private EntityDraft? lastGroup;
    private EntityDraft? subjectPerson;
    private List<SentenceMention> previousMentions = [];
    // The group named last before the current sentence: what "the gang" and "its" stand for.
    private EntityDraft? groupAtStart;
    private EntityDraft? subjectGroup;
    // The group a recent sentence opened with: what "the group" most likely means.
    private EntityDraft? topicGroup;
    private int topicSentence = -10;
    private int sentenceIndex;

    private EntityDraft? AnaphorGroup =>
        subjectGroup ?? (sentenceIndex - topicSentence <= 2 ? topicGroup : null) ?? groupAtStart;

    public static List<FoundRelationship> Find(List<SentenceInfo> sentences, List<SentenceMention>[] mentions,
        List<(EntityDraft A, EntityDraft B, SentenceInfo Info)> siblings, EntityDraft? subject)
    {
        var rules = new RelationshipRules
        {
            subjectPerson = subject is { IsPerson: true } ? subject : null,
            subjectGroup = subject is { IsPerson: false } ? subject : null,
        };
        foreach (var (a, b, info) in siblings)
            rules.Add(a, RelationshipType.SiblingOf, b, info.Sentence);
        for (var i = 0; i < sentences.Count; i++)
        {
            var next = i + 1 < sentences.Count ? mentions[i + 1] : [];
            rules.Read(sentences[i], mentions[i].OrderBy(m => m.Start).ToList(), next, subject);
        }
        rules.Complete();
        return rules.found;
    }

    private void Read(SentenceInfo info, List<SentenceMention> ms, List<SentenceMention> nextSentence, EntityDraft? subject)
    {
        var s = info.Sentence;
        groupAtStart = lastGroup;
        sentenceIndex = info.Index;
        for (var i = 0; i < ms.Count; i++)
        {
            var m = ms[i];
            PersonalAllyRival(s, ms, i);
            if (m.Entity.IsPerson)
            {
                PersonBeforeGroup(s, ms, i);
                PersonAfterRole(s, ms, i);
                Siblings(s, ms, i, subject);
            }
            else
            {
                GroupBeforePerson(s, ms, i);
                GroupAfterCue(s, ms, i);
                CountedLeadersOf(s, m, nextSentence);
            }
            if (!m.Entity.IsPerson)
                lastGroup = m.Entity;
            else
                seenPeople.Add(m.Entity);
        }
        var opening = ms.FirstOrDefault(m => !m.Entity.IsPerson && m.Start - s.Start < 40);
        BothOf(s, previousMentions);
        TwoGroups(s, ms);
        ListRelations(s, ms, WarCue(), RelationshipType.RivalOf);
        ListRelations(s, ms, AllyCue(), RelationshipType.AllyOf);
        RivalsOf(s, ms);
        if (opening is not null)
        {
            topicGroup = opening.Entity;
            topicSentence = info.Index;
        }
        previousMentions = ms;
    }

    // "Adolfo Macias, alias "Fito," the leader of Los Choneros"; "Fito took over Los Choneros".
    private void PersonBeforeGroup(Sentence s, List<SentenceMention> ms, int i)
    {
        var p = ms[i];
        var g = ms.Skip(i + 1).FirstOrDefault(m => m.Entity != p.Entity);
        if (g is null || g.Entity.IsPerson)
            return;
        var gap = Text(s, p.End, g.Start);
        if (gap.Length > 140 || NotTheSame().IsMatch(gap.Replace("brothers", "", StringComparison.Ordinal)))
            return;
        var role = RoleOfBefore().Match(gap);
        if (!role.Success)
            role = VerbBefore().Match(gap);
        if (!role.Success)
            return;
        var type = TypeOf(role);
        // "the leader of the Barrio 18's "Revolucionarios" faction": the faction is what is led.
        var gi = ms.IndexOf(g);
        if (gi + 1 < ms.Count && !ms[gi + 1].Entity.IsPerson && Text(s, g.End, ms[gi + 1].Start).Trim().TrimEnd('"', '“', '\'').Trim() is "'s" or "’s"
            && FactionWordAfter().IsMatch(s.Text[(ms[gi + 1].End - s.Start)..]))
            g = ms[gi + 1];
        Add(p.Entity, type, g.Entity, s);
        if (type == RelationshipType.LeaderOf && gap.Contains("brothers", StringComparison.Ordinal))
            ledByBrothers.Add((p.Entity, g.Entity, s));
    }

    // "its former leader, Jorge Luis Zambrano"; "the leaders, brothers A and B"; "(pictured), brother of the leaders of the Rastrojos".
    private void PersonAfterRole(Sentence s, List<SentenceMention> ms, int i)
    {
        var p = ms[i];
        var sentenceBefore = Tail(s, s.Start, p.Start);
        var passive = GroupPassiveByBefore().Match(sentenceBefore);
        if (passive.Success && (NearestGroupBefore(ms, i) ?? AnaphorGroup) is { } passiveGroup)
            AddList(ms, i, TypeOf(passive), passiveGroup, s);
        var rest = s.Text[(p.End - s.Start)..];
        var nextMention = ms.Skip(i + 1).FirstOrDefault(m => m.Entity != p.Entity);
        var restUntilNext = nextMention is null ? rest : Text(s, p.End, nextMention.Start);
        var anaphor = MembersOfAnaphorAfter().Match(rest);
        if (!anaphor.Success)
            anaphor = RoleOfAnaphorAfter().Match(restUntilNext);
        if (!anaphor.Success)
            anaphor = VerbAnaphorAfter().Match(restUntilNext);
        if (anaphor.Success && (NearestGroupBefore(ms, i) ?? groupAtStart) is { } group0)
            Add(p.Entity, TypeOf(anaphor), group0, s);

        var before = Tail(s, Math.Max(s.Start, (i > 0 ? ms[i - 1].End : s.Start)), p.Start);
        var runBy = RunByBefore().Match(sentenceBefore);
        if (runBy.Success)
        {
            var group = NearestGroupBefore(ms, i) ?? AnaphorGroup;
            if (group is not null)
                Add(p.Entity, RelationshipType.LeaderOf, group, s);
        }
        var possessive = PossessiveRoleBefore().Match(before);
        if (possessive.Success)
        {
            var group = NearestGroupBefore(ms, i) ?? lastGroup;
            if (group is not null)
                AddList(ms, i, TypeOf(possessive), group, s);
        }
        if (LeadersApposition().IsMatch(before))
        {
            var groups = ms.Select(m => m.Entity).Where(e => !e.IsPerson).Distinct().ToList();
            if (groups.Count == 1)
                AddList(ms, i, RelationshipType.LeaderOf, groups[0], s);
        }
        var g = ms.Skip(i + 1).FirstOrDefault(m => m.Entity != p.Entity);
        if (g is not null && !g.Entity.IsPerson && BrotherOfLeadersOf().IsMatch(Text(s, p.End, g.Start)))
        {
            Add(p.Entity, RelationshipType.MemberOf, g.Entity, s);
            brothersOfLeaders.Add((p.Entity, g.Entity, s));
        }
    }

    // "Rastrojos bosses Luis Enrique and Javier Antonio"; "former Cali Cartel member Victor Patiño"; "the Cachiros, founded by".
    private void GroupBeforePerson(Sentence s, List<SentenceMention> ms, int i)
    {
        if (i + 1 >= ms.Count || !ms[i + 1].Entity.IsPerson)
            return;
        var gap = Text(s, ms[i].End, ms[i + 1].Start);
        if (gap.Trim() == ",")
        {
            var roleBefore = RoleOfBeforeGroup().Match(Text(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), ms[i].Start));
            if (roleBefore.Success)
                Add(ms[i + 1].Entity, TypeOf(roleBefore), ms[i].Entity, s);
        }
        var role = RoleAfterGroup().Match(gap);
        if (!role.Success)
            role = ByAfterGroup().Match(gap);
        if (role.Success)
            AddList(ms, i + 1, TypeOf(role), ms[i].Entity, s);
    }

    // "rival Urabeños" after another group; "an armed wing of the Milenio Cartel".
    private void GroupAfterCue(Sentence s, List<SentenceMention> ms, int i)
    {
        var g = ms[i];
        var before = Tail(s, s.Start, g.Start);
        var tail = before.Length > 60 ? before[^60..] : before;
        if (RivalBefore().IsMatch(tail))
        {
            var other = NearestGroupBefore(ms, i);
            if (other is not null)
                Add(other, RelationshipType.RivalOf, g.Entity, s);
        }
        var pronoun = PronounVerbBefore().Match(tail);
        if (!pronoun.Success && (Pronoun().IsMatch(before) || subjectPerson is not null))
            pronoun = PronounRoleTail().Match(tail);
        if (pronoun.Success && !ms.Take(i).Any(m => m.Entity.IsPerson) && (subjectPerson ?? seenPeople.LastOrDefault()) is { } he)
            Add(he, TypeOf(pronoun), g.Entity, s);
        var rest = s.Text[(g.End - s.Start)..];
        if (FactionOfAnaphorAfter().IsMatch(rest) && AnaphorGroup is { } whole)
            Add(g.Entity, RelationshipType.MemberOf, whole, s);
        if (i + 1 < ms.Count && !ms[i + 1].Entity.IsPerson)
        {
            var between = Text(s, g.End, ms[i + 1].Start);
            var afterNext = s.Text[(ms[i + 1].End - s.Start)..];
            if (between.Trim() is "," or ", the" or ", a" && FactionWordAfter().IsMatch(afterNext))
                Add(g.Entity, RelationshipType.MemberOf, ms[i + 1].Entity, s);
            if (between.Trim() is "'s" or "’s" or "'s \"" or "’s “" or "'s “" && FactionWordAfter().IsMatch(afterNext))
                Add(ms[i + 1].Entity, RelationshipType.MemberOf, g.Entity, s);
        }
        if (WingOfBefore().IsMatch(tail))
        {
            var other = NearestGroupBefore(ms, i) ?? (GroupAnaphor().IsMatch(before) ? lastGroup : null);
            if (other is not null && other != g.Entity)
                Add(other, RelationshipType.MemberOf, g.Entity, s);
        }
    }

    // "the Rastrojos’ three principal leaders" followed by a sentence naming exactly three people.
    private void CountedLeadersOf(Sentence s, SentenceMention g, List<SentenceMention> next)
    {
        var m = CountedLeaders().Match(s.Text[(g.End - s.Start)..]);
        if (!m.Success)
            return;
        var n = m.Groups["n"].Value switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, _ => 5 };
        var people = next.Select(x => x.Entity).Where(e => e.IsPerson).Distinct().ToList();
        if (people.Count != n)
            return;
        foreach (var person in people)
            Add(person, RelationshipType.LeaderOf, g.Entity, s);
    }

    private void Siblings(Sentence s, List<SentenceMention> ms, int i, EntityDraft? subject)
    {
        var p = ms[i];
        var before = Tail(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), p.Start);
        if (HisBrotherBefore().IsMatch(before))
        {
            var other = SharingSurname(p.Entity, ms, i) ?? ms.Take(i).LastOrDefault(m => m.Entity.IsPerson && m.Entity != p.Entity)?.Entity
                ?? subject ?? seenPeople.LastOrDefault(e => e != p.Entity);
            if (other is not null && other != p.Entity)
                Add(other, RelationshipType.SiblingOf, p.Entity, s);
        }
        if (i + 1 < ms.Count && ms[i + 1].Entity.IsPerson && ms[i + 1].Entity != p.Entity)
        {
            var between = Text(s, p.End, ms[i + 1].Start);
            if (BrotherOfBetween().IsMatch(between) || PossessiveBrotherBetween().IsMatch(between))
                Add(p.Entity, RelationshipType.SiblingOf, ms[i + 1].Entity, s);
        }
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

    // "fought a long war against its former allies, the Lobos, and the Tiguerones"; "alliances with Los Machos and …".
    private void ListRelations(Sentence s, List<SentenceMention> ms, Regex cue, RelationshipType type)
    {
        foreach (Match c in cue.Matches(s.Text))
        {
            if (c.Groups["former"].Success)
                continue;
            var cueStart = s.Start + c.Index;
            var cueEnd = cueStart + c.Length;
            var before = ms.Where(m => m.End <= cueStart).ToList();
            var groupsBefore = before.Where(m => !m.Entity.IsPerson).ToList();
            if (groupsBefore.Count >= 2 && FactionAppositionBetween().IsMatch(Text(s, groupsBefore[^2].End, groupsBefore[^1].Start)))
                groupsBefore.RemoveAt(groupsBefore.Count - 1);
            var cueSubject = groupsBefore.LastOrDefault()?.Entity
                ?? (GroupAnaphor().IsMatch(Text(s, s.Start, cueStart)) ? AnaphorGroup : null)
                ?? before.LastOrDefault()?.Entity;
            if (cueSubject is null)
                continue;
            foreach (var obj in ListAfter(s, ms, cueEnd))
            {
                if (obj != cueSubject && !(obj.IsPerson && cueSubject.IsPerson))
                    Add(cueSubject, type, obj, s);
            }
        }
    }


    // "Saavedra's main ally was Dias Fontes", "Its main rival in the state is the Sinaloa Cartel", "His main rivals are La Marea".
    private void PersonalAllyRival(Sentence s, List<SentenceMention> ms, int i)
    {
        var p = ms[i];
        var personal = PersonalAllyRivalBefore().Match(Tail(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), p.Start));
        if (!personal.Success)
            return;
        var possessor = personal.Groups["owner"].Value.ToLowerInvariant();
        var owner = !personal.Groups["owner"].Success ? (i > 0 ? ms[i - 1].Entity : null)
            : possessor is "its" or "their" ? NearestGroupBefore(ms, i) ?? AnaphorGroup
            : ms.Take(i).LastOrDefault(m => m.Entity.IsPerson && m.Entity != p.Entity)?.Entity ?? subjectPerson ?? seenPeople.LastOrDefault(e => e != p.Entity);
        if (owner is not null)
            Add(owner, personal.Groups["ally"].Success ? RelationshipType.AllyOf : RelationshipType.RivalOf, p.Entity, s);
    }

    // "Both men are members of the gang": the two people of the sentence before.
    private void BothOf(Sentence s, List<SentenceMention> previous)
    {
        var m = BothMembersOf().Match(s.Text);
        var people = previous.Select(x => x.Entity).Where(e => e.IsPerson).Distinct().ToList();
        if (!m.Success || people.Count != 2 || AnaphorGroup is not { } group)
            return;
        foreach (var person in people)
            Add(person, TypeOf(m), group, s);
    }

    // "Los Lobos broke away from Los Choneros and have since become their main rivals".
    private void TwoGroups(Sentence s, List<SentenceMention> ms)
    {
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var gap = Text(s, ms[i].End, ms[i + 1].Start).Trim();
            if (!ms[i].Entity.IsPerson && !ms[i + 1].Entity.IsPerson && gap is "and" or "and the" or "y" or "y los" or "y el"
                && BetweenCue().IsMatch(Text(s, s.Start, ms[i].Start)))
            {
                Add(ms[i].Entity, RelationshipType.RivalOf, ms[i + 1].Entity, s);
                return;
            }
        }
        var groups = ms.Select(m => m.Entity).Where(e => !e.IsPerson).Distinct().ToList();
        if (groups.Count == 2 && MutualRivalry().IsMatch(s.Text))
            Add(groups[0], RelationshipType.RivalOf, groups[1], s);
    }

    // "Los Machos and former Cali Cartel member Victor Patiño, both rivals of the Rastrojos".
    private void RivalsOf(Sentence s, List<SentenceMention> ms)
    {
        for (var i = 1; i < ms.Count; i++)
        {
            if (ms[i].Entity.IsPerson)
                continue;
            var j = i - 1;
            if (!RivalsOfBetween().IsMatch(Text(s, ms[j].End, ms[i].Start)))
                continue;
            var items = new List<EntityDraft> { ms[j].Entity };
            while (j > 0)
            {
                var gap = Text(s, ms[j - 1].End, ms[j].Start);
                if (ModifierGap().IsMatch(gap))
                {
                    j--;
                    gap = j > 0 ? Text(s, ms[j - 1].End, ms[j].Start) : "";
                    if (j == 0)
                        break;
                }
                if (!ListGap().IsMatch(gap) || gap.Trim().Length == 0 && j - 1 < 0)
                    break;
                items.Add(ms[j - 1].Entity);
                j--;
            }
            foreach (var item in items.Distinct())
                Add(item, RelationshipType.RivalOf, ms[i].Entity, s);
        }
    }

    // The names listed right after a cue, skipping qualifiers ("former Cali Cartel member").
    private static List<EntityDraft> ListAfter(Sentence s, List<SentenceMention> ms, int from)
    {
        var items = new List<EntityDraft>();
        var position = from;
        var k = ms.FindIndex(m => m.Start >= from);
        while (k >= 0 && k < ms.Count)
        {
            var gap = Text(s, position, ms[k].Start);
            if (!ListGap().IsMatch(gap) && !(items.Count == 0 && gap.Trim().Length == 0))
            {
                var previous = k > 0 ? ms[k - 1] : null;
                if (previous is null || !ModifierGap().IsMatch(Text(s, previous.End, ms[k].Start)))
                    break;
                items.RemoveAt(items.Count - 1);
            }
            else if (k + 1 < ms.Count && ModifierGap().IsMatch(Text(s, ms[k].End, ms[k + 1].Start)))
            {
                position = ms[k].End;
                k++;
                continue;
            }
            items.Add(ms[k].Entity);
            position = ms[k].End;
            k++;
        }
        return items;
    }

    private void AddList(List<SentenceMention> ms, int first, RelationshipType type, EntityDraft group, Sentence s)
    {
        Add(ms[first].Entity, type, group, s);
        for (var k = first + 1; k < ms.Count && ms[k].Entity.IsPerson; k++)
        {
            var gap = Text(s, ms[k - 1].End, ms[k].Start).Trim();
            if (gap is not ("and" or "," or ", and" or "y"))
                break;
            Add(ms[k].Entity, type, group, s);
        }
    }

    // "Yorman Alexander Piña Colmenares" and "Deiver Piña Colmenares": the same last name.
    private static bool SharesSurname(EntityDraft a, EntityDraft b) =>
        a.NameWords.Length >= 2 && b.NameWords.Length >= 2 && (a.NameWords[^1] == b.NameWords[^1] || Paternal(a) == Paternal(b));

    private static string Paternal(EntityDraft person) =>
        person.NameWords.Length >= 3 ? person.NameWords[^2] : person.NameWords[^1];

    private static EntityDraft? NearestGroupBefore(List<SentenceMention> ms, int i) =>
        ms.Take(i).LastOrDefault(m => !m.Entity.IsPerson && m.Entity != ms[i].Entity)?.Entity;

    private static RelationshipType TypeOf(Match m) =>
        m.Groups["founder"].Success ? RelationshipType.Founded
        : m.Groups["member"].Success ? RelationshipType.MemberOf
        : RelationshipType.LeaderOf;

    private static string Text(Sentence s, int from, int to) =>
        to <= from ? "" : s.Text[(from - s.Start)..(to - s.Start)];

    // End-anchored phrasings only need the words just before a name; capping the text keeps the
    // regexes from rescanning whole sentences for every mention.
    private static string Tail(Sentence s, int from, int to) => Text(s, Math.Max(from, to - 120), to);

    private void Add(EntityDraft subject, RelationshipType type, EntityDraft obj, Sentence s)
    {
        if (subject == obj || (type is RelationshipType.LeaderOf or RelationshipType.MemberOf or RelationshipType.Founded && obj.IsPerson))
            return;
        if (type == RelationshipType.SiblingOf && !(subject.IsPerson && obj.IsPerson))
            return;
        if (found.Any(f => f.Type == type && ((f.Subject == subject && f.Object == obj) || (type.IsSymmetric() && f.Subject == obj && f.Object == subject))))
            return;
        found.Add(new FoundRelationship(subject, type, obj, s));
    }

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
