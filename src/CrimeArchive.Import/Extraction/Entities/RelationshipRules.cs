using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;
using static CrimeArchive.Import.Extraction.Entities.RelationshipPatterns;

namespace CrimeArchive.Import.Extraction.Entities;

public sealed record FoundRelationship(EntityDraft Subject, RelationshipType Type, EntityDraft Object, Sentence Sentence)
{
    /// <summary>Whether this states the same tie: same type and ends, either way round for a symmetric type.</summary>
    public bool States(EntityDraft subject, RelationshipType type, EntityDraft obj) =>
        Type == type && ((Subject == subject && Object == obj) || (type.IsSymmetric() && Subject == obj && Object == subject));

    /// <summary>Whether the other reads the same sentence's same tie with one end changed: "A, a
    /// faction of B, allied with C" read once as A–C and once as B–C.</summary>
    public bool Contradicts(FoundRelationship other)
    {
        if (other.Sentence != Sentence || other.Type != Type || other.States(Subject, Type, Object))
            return false;
        // Siblings come in families: "A sibling of B" and "A sibling of C" in one sentence agree.
        if (Type == RelationshipType.SiblingOf)
            return false;
        if (Type.IsSymmetric())
            return new[] { Subject, Object }.Intersect([other.Subject, other.Object]).Count() == 1;
        // "Since 2020 the cartel has been led by X": the two read "the cartel" as different groups; the
        // other's is named nowhere in the sentence.
        if (Subject == other.Subject && Object != other.Object && Type is RelationshipType.LeaderOf or RelationshipType.Founded
            && !other.Object.Mentions.Any(m => m.Start >= Sentence.Start && m.Start < Sentence.Start + Sentence.Text.Length))
            return true;
        return Object == other.Object && Subject.IsPerson == other.Subject.IsPerson && Type != RelationshipType.MemberOf && Type != RelationshipType.Founded;
    }
}

/// <summary>Relationships a sentence states between the entities it mentions: leader-of,
/// founded, member-of, sibling-of, rival-of and ally-of, each from a phrasing in
/// <see cref="RelationshipPatterns"/>. Only what the sentence says; "it", "its" and "the gang"
/// stand for the group the text last named.</summary>
public sealed partial class RelationshipRules
{
    private readonly List<FoundRelationship> found = [];
    private readonly List<(EntityDraft Person, EntityDraft Group, Sentence Sentence)> brothersOfLeaders = [];
    private readonly List<(EntityDraft Person, EntityDraft Group, Sentence Sentence)> ledByBrothers = [];
    private EntityDraft? lastGroup;
    private EntityDraft? subjectPerson;
    private List<SentenceMention> previousMentions = [];
    private readonly List<EntityDraft> groupsSoFar = [];
    // The group named last before the current sentence: what "the gang" and "its" stand for.
    private EntityDraft? groupAtStart;
    private EntityDraft? subjectGroup;
    // The group a recent sentence opened with: what "the group" most likely means.
    private EntityDraft? topicGroup;
    private int topicSentence = -10;
    private int sentenceIndex;

    private EntityDraft? AnaphorGroup =>
        subjectGroup ?? (sentenceIndex - topicSentence <= 2 ? topicGroup : null) ?? groupAtStart;

    // "X flew planes for G before setting up his own network": the group the text is about, when the
    // sentence names no group after the verb ("… formed his own group, known as Los Basilios") and no
    // other person stands between X and it ("Tras la captura de Pinto, Vaca fundó su propia organización").
    private EntityDraft? FoundedOwnGroup(List<SentenceMention> ms, SentenceMention p, string rest)
    {
        var own = subjectGroup ?? (sentenceIndex - topicSentence <= 2 ? topicGroup : null);
        if (own is null || OwnGroupAfter.Match(rest) is not { Success: true } verb)
            return null;
        var end = p.End + verb.Index + verb.Length;
        var otherSubject = ms.Any(m => m.Entity.IsPerson && m.Start > p.End && m.Start < end);
        var namedAfter = ms.Any(m => !m.Entity.IsPerson && m.Start >= end);
        return otherSubject || namedAfter || ms.Any(m => m.Entity == own) ? null : own;
    }

    // The last group named before mention i (in this sentence only, or in the text so far) whose name
    // says it is of that kind ("Valleys Cartel" a cartel).
    private EntityDraft? GroupOfKindBefore(List<SentenceMention> ms, int i, string kind, bool sentenceOnly) =>
        (sentenceOnly ? ms.Take(i).Select(m => m.Entity) : groupsSoFar.Concat(ms.Take(i).Select(m => m.Entity))).Reverse()
            .FirstOrDefault(e => !e.IsPerson && Grammar.GroupKinds.Names(e.Name, kind));

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
            rules.Read(sentences[i], mentions[i], next, subject);
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
                RelativesInGroup(s, ms, i);
                AppositiveGroupRole(s, ms, i);
                Siblings(s, ms, i, subject);
            }
            else
            {
                GroupBeforePerson(s, ms, i);
                CellLedBy(s, ms, i);
                NamedCell(s, ms, i);
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
        ListRelations(s, ms, WarCue, RelationshipType.RivalOf);
        ListRelations(s, ms, AllyCue, RelationshipType.AllyOf);
        RivalsOf(s, ms);
        FoundedTogether(s, ms);
        WithWhichAndPossessiveLists(s, ms);
        if (opening is not null)
        {
            topicGroup = opening.Entity;
            topicSentence = info.Index;
        }
        groupsSoFar.AddRange(ms.Where(m => !m.Entity.IsPerson).Select(m => m.Entity));
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
        var role = RoleOfBefore.Match(gap);
        // "met with the leaders of", "was killed by members of": the role phrase is another verb's object.
        if (role.Success && Grammar.VerbCheck.HasOtherVerb(gap[..role.Index]) && !AttributionBeforeRole().IsMatch(gap[..role.Index]))
            return;
        if (!role.Success)
        {
            role = VerbBefore.Match(gap);
            // "X, a former lieutenant of P, founded G": P closes an apposition; the verb is X's.
            if (role.Success && gap.AsSpan().TrimStart().StartsWith(",") && ObjectOfPreposition().IsMatch(Tail(s, s.Start, p.Start)))
                return;
        }
        if (!role.Success)
            return;
        var type = TypeOf(role);
        // "a mid-level commander of G": a rank below the top is a member's.
        if (type == RelationshipType.LeaderOf && gap[..role.Index].TrimEnd().Split(' ')[^1] is var rank && Grammar.RelationWords.IsLowerRank(rank.ToLowerInvariant()))
            type = RelationshipType.MemberOf;
        // "the head of a Saltmarsh Cartel cell": the cell is what is led, and it has no name.
        if (role.Groups["leader"].Success && FactionWordAfter().IsMatch(s.Text.AsSpan(g.End - s.Start)) && Text(s, p.End, g.Start).TrimEnd().EndsWith(" a", StringComparison.Ordinal))
            return;
        // "the leader of the Barrio 18's "Revolucionarios" faction": the faction is what is led.
        var gi = ms.IndexOf(g);
        if (gi + 1 < ms.Count && !ms[gi + 1].Entity.IsPerson && Text(s, g.End, ms[gi + 1].Start).Trim().TrimEnd('"', '“', '\'').Trim() is "'s" or "’s"
            && FactionWordAfter().IsMatch(s.Text.AsSpan(ms[gi + 1].End - s.Start)))
            g = ms[gi + 1];
        Add(p.Entity, type, g.Entity, s);
        var and = AndItsRoleAfter().Match(s.Text, g.End - s.Start, s.Text.Length - (g.End - s.Start));
        if (and.Success)
            Add(p.Entity, TypeOf(and), g.Entity, s);
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
        var anaphor = MembersOfAnaphorAfter.Match(rest);
        if (!anaphor.Success)
            anaphor = RoleOfAnaphorAfter.Match(restUntilNext);
        if (!anaphor.Success)
            anaphor = VerbAnaphorAfter.Match(restUntilNext);
        if (anaphor.Success && (NearestGroupBefore(ms, i) ?? groupAtStart) is { } group0)
            Add(p.Entity, TypeOf(anaphor), group0, s);
        if (FoundedOwnGroup(ms, p, rest) is { } own)
            Add(p.Entity, RelationshipType.Founded, own, s);

        var before = Tail(s, Math.Max(s.Start, (i > 0 ? ms[i - 1].End : s.Start)), p.Start);
        var runBy = RunByBefore.Match(sentenceBefore);
        if (runBy.Success)
        {
            var group = NearestGroupBefore(ms, i) ?? AnaphorGroup;
            if (group is not null)
                Add(p.Entity, RelationshipType.LeaderOf, group, s);
        }
        var possessive = PossessiveRoleBefore.Match(before);
        if (possessive.Success)
        {
            var group = NearestGroupBefore(ms, i) ?? AnaphorGroup;
            // "the Brigada Serrana is led by the cartel's former security chief": the owner's noun says
            // which group it is when the nearest one's name is not of that kind. A name that says no kind
            // ("Tren de Aragua") may still be "the gang", so then only a group this sentence names will do.
            if (group is not null && possessive.Groups["noun"] is { Success: true } noun && Grammar.GroupKinds.Of(noun.Value) is { } kind
                && Grammar.GroupKinds.InName(group.Name) is var kinds && !kinds.Contains(kind) && GroupOfKindBefore(ms, i, kind, kinds.Count == 0) is { } fitting)
                group = fitting;
            if (group is not null)
                AddList(ms, i, TypeOf(possessive), group, s);
        }
        // "the leaders, brothers A and B, … their Rastrojos group"; not "Its leader, X, split from G": "its" says whose.
        if (!possessive.Success && LeadersApposition().IsMatch(before))
        {
            var groups = ms.Select(m => m.Entity).Where(e => !e.IsPerson).Distinct().ToList();
            if (groups.Count == 1)
                AddList(ms, i, RelationshipType.LeaderOf, groups[0], s);
        }
        var g = ms.Skip(i + 1).FirstOrDefault(m => m.Entity != p.Entity);
        if (g is not null && !g.Entity.IsPerson && BrotherOfLeadersOf.IsMatch(Text(s, p.End, g.Start)))
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
        // "un enviado de la pandilla Los Zorros conocido como "el Güero"".
        if (NicknameGap().IsMatch(gap) && RoleOfBefore.Match(Tail(s, s.Start, ms[i].Start)) is { Success: true } roleOf)
            Add(ms[i + 1].Entity, TypeOf(roleOf), ms[i].Entity, s);
        var role = RoleAfterGroup().Match(gap);
        // "Los Tilos, a faction of the Coastal Cartel, is run by X": a verb after the comma closing an
        // apposition belongs to the name before the apposition.
        if (!role.Success && !ClosedApposition().IsMatch(gap))
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
        if (RivalBefore.IsMatch(tail))
        {
            var other = NearestGroupBefore(ms, i);
            if (other is not null)
                Add(other, RelationshipType.RivalOf, g.Entity, s);
        }
        var pronoun = PronounVerbBefore.Match(tail);
        if (!pronoun.Success && (Pronoun().IsMatch(before) || subjectPerson is not null))
            pronoun = PronounRoleTail.Match(tail);
        if (pronoun.Success && !ms.Take(i).Any(m => m.Entity.IsPerson) && (subjectPerson ?? seenPeople.LastOrDefault()) is { } he)
            Add(he, TypeOf(pronoun), g.Entity, s);
        var rest = s.Text[(g.End - s.Start)..];
        var clause = PronounClauseAfter().Match(rest);
        if (clause.Success && (subjectPerson ?? ms.Take(i).LastOrDefault(m => m.Entity.IsPerson)?.Entity ?? seenPeople.LastOrDefault()) is { } owner)
            Add(owner, TypeOf(clause), g.Entity, s);
        if (FactionOfAnaphorAfter.IsMatch(rest) && AnaphorGroup is { } whole)
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
        if (WingOfBefore.IsMatch(tail))
        {
            var other = NearestGroupBefore(ms, i) ?? (GroupAnaphor().IsMatch(before) ? lastGroup : null);
            if (other is not null && other != g.Entity)
                Add(other, RelationshipType.MemberOf, g.Entity, s);
        }
    }

    // "the Rastrojos’ three principal leaders" followed by a sentence naming exactly three people.
    private void CountedLeadersOf(Sentence s, SentenceMention g, List<SentenceMention> next)
    {
        var m = CountedLeaders().Match(s.Text, g.End - s.Start, s.Text.Length - (g.End - s.Start));
        if (!m.Success)
            return;
        var n = m.Groups["n"].Value switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, _ => 5 };
        var people = next.Select(x => x.Entity).Where(e => e.IsPerson).Distinct().ToList();
        if (people.Count != n)
            return;
        foreach (var person in people)
            Add(person, RelationshipType.LeaderOf, g.Entity, s);
    }

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
        if (found.Any(f => f.States(subject, type, obj)))
            return;
        found.Add(new FoundRelationship(subject, type, obj, s));
    }
}
