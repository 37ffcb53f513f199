using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;
using static CrimeArchive.Import.Extraction.Entities.RelationshipPatterns;

namespace CrimeArchive.Import.Extraction.Entities;

// Rules over lists of names and pairs of groups: rivals, allies, "both men".
public sealed partial class RelationshipRules
{
    // "fought a long war against its former allies, the Lobos, and the Tiguerones"; "alliances with Los Machos and …".
    private void ListRelations(Sentence s, List<SentenceMention> ms, CuedRegex cue, RelationshipType type)
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
            // "The Valles worked with the Sinaloa Cartel and had a long feud with the Cachiros": the
            // group that opens the sentence, not the object of an earlier verb, has the feud.
            if (groupsBefore.Count >= 2 && groupsBefore[0].Start - s.Start < 40
                && ObjectBefore().IsMatch(Tail(s, groupsBefore[^2].End, groupsBefore[^1].Start)))
                groupsBefore.RemoveRange(1, groupsBefore.Count - 1);
            var cueSubject = groupsBefore.LastOrDefault()?.Entity
                ?? (GroupAnaphor().IsMatch(Text(s, s.Start, cueStart)) ? AnaphorGroup : null)
                ?? SubjectUnlessAsideAgent(s, before.LastOrDefault(), cueStart);
            if (cueSubject is null)
                continue;
            foreach (var obj in ListAfter(s, ms, cueEnd))
            {
                if (obj != cueSubject && !(obj.IsPerson && cueSubject.IsPerson))
                    Add(cueSubject, type, obj, s);
            }
        }
    }


    // "El clan, dirigido por los hermanos A y B, mantiene una guerra contra G": the person named in the aside
    // set off by commas is the agent of "dirigido", not the one at war; the clan is.
    private static EntityDraft? SubjectUnlessAsideAgent(Sentence s, SentenceMention? person, int cueStart)
    {
        if (person is null)
            return null;
        return AgentAsideBefore().IsMatch(Text(s, s.Start, person.Start)) && Text(s, person.End, cueStart).Contains(',') ? null : person.Entity;
    }

    [GeneratedRegex(@",\s*(?:dirigid[oa]s?|liderad[oa]s?|encabezad[oa]s?|comandad[oa]s?|fundad[oa]s?|cread[oa]s?|led|headed|run|founded|commanded|created)\s+(?:por|by)\b[^,]*(?:,[^,]*){0,3}$")]
    private static partial Regex AgentAsideBefore();

    // "Los Pumas, with which Los Lagartos maintained an alliance"; "Its rivals, Los Cuervos and Los Gavilanes".
    private void WithWhichAndPossessiveLists(Sentence s, List<SentenceMention> ms)
    {
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            if (ms[i].Entity.IsPerson || ms[i + 1].Entity.IsPerson || !WithWhichBetween().IsMatch(Text(s, ms[i].End, ms[i + 1].Start)))
                continue;
            var m = RelationAfterWithWhich().Match(s.Text, ms[i + 1].End - s.Start);
            if (m.Success)
                Add(ms[i + 1].Entity, m.Groups["ally"].Success ? RelationshipType.AllyOf : RelationshipType.RivalOf, ms[i].Entity, s);
        }
        if (ms.Count == 0 || ms[0].Entity.IsPerson)
            return;
        var list = PossessiveListBefore().Match(Tail(s, s.Start, ms[0].Start));
        if (!list.Success || (NearestGroupBefore(ms, 0) ?? AnaphorGroup) is not { } owner)
            return;
        foreach (var item in ListAfter(s, ms, ms[0].Start))
        {
            if (!item.IsPerson)
                Add(owner, list.Groups["ally"].Success ? RelationshipType.AllyOf : RelationshipType.RivalOf, item, s);
        }
    }

    [GeneratedRegex(@"(?:\b(?:its|their|his|her|sus?|two|three|several|dos|tres|varios)|['’]s?)\s+(?:(?:main|chief|biggest|principal|old|fiercest|principales)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex OwnedRivals();

    // "Saavedra's main ally was Dias Fontes", "Its main rival in the state is the Sinaloa Cartel", "His main rivals are La Marea".
    private void PersonalAllyRival(Sentence s, List<SentenceMention> ms, int i)
    {
        var p = ms[i];
        var personal = PersonalAllyRivalBefore.Match(Tail(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), p.Start));
        if (!personal.Success)
            return;
        var possessor = personal.Groups["owner"].Value.ToLowerInvariant();
        var owner = !personal.Groups["owner"].Success ? (i > 0 ? ms[i - 1].Entity : null)
            : possessor is "its" or "their" ? NearestGroupBefore(ms, i) ?? AnaphorGroup
            : ms.Take(i).LastOrDefault(m => m.Entity.IsPerson && m.Entity != p.Entity)?.Entity ?? subjectPerson ?? seenPeople.LastOrDefault(e => e != p.Entity);
        if (owner is null)
            return;
        var type = personal.Groups["ally"].Success ? RelationshipType.AllyOf : RelationshipType.RivalOf;
        Add(owner, type, p.Entity, s);
        // "Its main rivals are Los Pumas and Los Gatos": every group listed.
        foreach (var item in ListAfter(s, ms, p.Start).Skip(1))
        {
            if (item.IsPerson == p.Entity.IsPerson)
                Add(owner, type, item, s);
        }
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
        // The pattern is long and its cues common ("between", "other"): it is tried only on a sentence of two groups.
        if (groups.Count != 2)
            return;
        var mutual = MutualRivalry.Match(s.Text);
        // "Its main rivals are A and B" names one group's rivals, not a feud between A and B.
        if (mutual.Success && !PossessiveListBefore().IsMatch(Tail(s, s.Start, ms[0].Start))
            && !OwnedRivals().IsMatch(s.Text.AsSpan(0, mutual.Index)))
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
            if (!RivalsOfBetween.IsMatch(Text(s, ms[j].End, ms[i].Start)))
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
        var skippedModifier = -1;
        var k = ms.FindIndex(m => m.Start >= from);
        for (; k >= 0 && k < ms.Count; k++)
        {
            var gap = Text(s, position, ms[k].Start);
            if (skippedModifier != k - 1 && !ListGap().IsMatch(gap))
                break;
            if (!ms[k].Entity.IsPerson && k + 1 < ms.Count && ModifierGap().IsMatch(Text(s, ms[k].End, ms[k + 1].Start)))
            {
                skippedModifier = k;
                position = ms[k].End;
                continue;
            }
            items.Add(ms[k].Entity);
            position = ms[k].End;
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
}
