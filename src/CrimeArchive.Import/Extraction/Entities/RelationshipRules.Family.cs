using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;
using static CrimeArchive.Import.Extraction.Entities.RelationshipPatterns;

namespace CrimeArchive.Import.Extraction.Entities;

// Relatives named in apposition who take part in the group ("his sons, A and B, handled the
// group's finances"), founders named together ("since he founded it with his cousin, X") and
// unnamed cells ("a Los X cell led by Y").
public sealed partial class RelationshipRules
{
    // "his sons, Kevin and Elvin Soto, handled the group's money"; "…, in which his younger brother, X, served as pilot".
    private void RelativesInGroup(Sentence s, List<SentenceMention> ms, int i)
    {
        var p = ms[i];
        if (i > 0 && ms[i - 1].Entity.IsPerson && ListGapBetweenPeople(s, ms[i - 1], p))
            return;
        var before = Tail(s, Math.Max(s.Start, i > 0 ? ms[i - 1].End : s.Start), p.Start);
        var children = ChildrenBefore.Match(before);
        var brother = HisBrotherBefore.Match(before);
        var relative = brother.Success || children.Success || RelativeBefore.IsMatch(before);
        if (!relative)
            return;
        var last = i;
        while (last + 1 < ms.Count && ms[last + 1].Entity.IsPerson && ListGapBetweenPeople(s, ms[last], ms[last + 1]))
            last++;
        var people = ms.Skip(i).Take(last - i + 1).Select(m => m.Entity).Distinct().ToList();
        if (children.Success && people.Count > 1 && !children.Value.Contains("children", StringComparison.OrdinalIgnoreCase))
        {
            for (var a = 0; a < people.Count; a++)
            {
                for (var b = a + 1; b < people.Count; b++)
                    Add(people[a], RelationshipType.SiblingOf, people[b], s);
            }
        }
        var rest = s.Text[(ms[last].End - s.Start)..];
        var group = NearestGroupBefore(ms, i) ?? AnaphorGroup;
        var inWhich = InWhichBefore().IsMatch(Text(s, s.Start, p.Start));
        if (group is null || !(RelativesTakePart().IsMatch(rest) || (inWhich && ServedAs().IsMatch(rest))))
            return;
        foreach (var person in people)
            Add(person, RelationshipType.MemberOf, group, s);
    }

    private static bool ListGapBetweenPeople(Sentence s, SentenceMention a, SentenceMention b) =>
        Text(s, a.End, b.Start).Trim() is "and" or "," or ", and" or "y";

    // "Los Cuervos has been led by Quispe since he founded it in 2017 together with his cousin, Elmer Rojas";
    // "he founded Los Esteros together with his cousin, X".
    private void FoundedTogether(Sentence s, List<SentenceMention> ms)
    {
        var m = FoundedItWith.Match(s.Text);
        if (!m.Success)
            return;
        var at = s.Start + m.Index;
        var founder = ms.LastOrDefault(x => x.Entity.IsPerson && x.End <= at)?.Entity ?? subjectPerson ?? seenPeople.LastOrDefault();
        var group = ms.LastOrDefault(x => !x.Entity.IsPerson && x.End <= at + m.Length)?.Entity ?? AnaphorGroup;
        if (founder is null || group is null)
            return;
        Add(founder, RelationshipType.Founded, group, s);
        if (!m.Groups["with"].Success)
            return;
        var end = at + m.Length;
        var partner = ms.FirstOrDefault(x => x.Start >= end && x.Start - end <= 2 && x.Entity.IsPerson);
        if (partner is not null)
            Add(partner.Entity, RelationshipType.Founded, group, s);
    }

    // "a Los Halcones cell led by X": X runs a cell of the group, so belongs to it.
    private void CellLedBy(Sentence s, List<SentenceMention> ms, int i)
    {
        if (i + 1 < ms.Count && ms[i + 1].Entity.IsPerson && CellLedByBetween().IsMatch(Text(s, ms[i].End, ms[i + 1].Start)))
            AddList(ms, i + 1, RelationshipType.MemberOf, ms[i].Entity, s);
    }

    // "A Los Lagartos cell known as Los Chicos, led by X": the cell and its leader belong to the group.
    private void NamedCell(Sentence s, List<SentenceMention> ms, int i)
    {
        if (i + 1 >= ms.Count || ms[i + 1].Entity.IsPerson || !CellKnownAsBetween().IsMatch(Text(s, ms[i].End, ms[i + 1].Start)))
            return;
        var whole = ms[i].Entity;
        var cell = ms[i + 1].Entity;
        Add(cell, RelationshipType.MemberOf, whole, s);
        if (i + 2 < ms.Count && ms[i + 2].Entity.IsPerson && LedByBetween().IsMatch(Text(s, ms[i + 1].End, ms[i + 2].Start)))
        {
            AddList(ms, i + 2, RelationshipType.LeaderOf, cell, s);
            AddList(ms, i + 2, RelationshipType.MemberOf, whole, s);
        }
    }

    [GeneratedRegex(@"^['’]?s?\s+(?:cell|clique|faction|wing|branch|unit)\s*,?\s*(?:known\s+as|called|named)\s+(?:the\s+)?$")]
    private static partial Regex CellKnownAsBetween();

    [GeneratedRegex(@"^\s*,?\s*(?:which\s+is\s+|and\s+)?(?:led|run|headed|commanded)\s+by\s+$")]
    private static partial Regex LedByBetween();

    // "Jorge Mena, a former FARC commander, …": the role word follows the group's name.
    private void AppositiveGroupRole(Sentence s, List<SentenceMention> ms, int i)
    {
        if (i + 1 >= ms.Count || ms[i + 1].Entity.IsPerson || !AppositionOpening().IsMatch(Text(s, ms[i].End, ms[i + 1].Start)))
            return;
        var role = RoleWordAfterGroup().Match(s.Text, ms[i + 1].End - s.Start, s.Text.Length - (ms[i + 1].End - s.Start));
        if (role.Success)
            Add(ms[i].Entity, TypeOf(role), ms[i + 1].Entity, s);
    }

    [GeneratedRegex(@"^(?:\s*,\s*|\s+(?:as|is|was|became)\s+)(?:a|an|the|another|one)\s+(?:(?:former|top|senior|veteran|longtime|alleged|reputed|suspected|jailed|ex-)\s+){0,2}$")]
    private static partial Regex AppositionOpening();

    [GeneratedRegex(@"\G['’]?s?\s+(?:(?:top|main|former|new|senior|chief|alleged|principal)\s+)?(?:(?<leader>leader|boss|chief|kingpin)|(?<founder>founder|co-founder)|(?<member>member|commander|operative|operator|emissary|envoy|lieutenant|hitman|fighter|guerrilla|militant|veteran|financier|enforcer))\b")]
    private static partial Regex RoleWordAfterGroup();

    [GeneratedRegex(@"^(?:\s+\p{Lu}[\p{L}\-]+){0,3}\s*,?\s*(?:who\s+)?(?:\p{Ll}+\s+){0,2}?(?:handled|handle|handles|ran|run|runs|managed|manage|manages|oversaw|oversee|oversees|controlled|control|controls|coordinated|coordinate|coordinates)\b[^.;]{0,40}?\b(?:(?:the\s+(?:group|gang|clan|network|cartel|organization|organisation|family)['’]s?)|its|their)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RelativesTakePart();

    // "his cousin, X": a relative who may serve in the group; not a sibling.
    [GeneratedRegex(@"\b(?:his|her|their|su)\s+(?:\p{Ll}+\s+)?(?:cousin|nephew|niece|uncle|aunt|son|daughter|wife|husband|brother-in-law|son-in-law|father|mother|primo|prima|sobrino|t[ií]o|hijo|hija|esposa|cu[nñ]ado)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBeforePattern();
    private static readonly CuedRegex RelativeBefore = new(RelativeBeforePattern());

    [GeneratedRegex(@"\b(?:in\s+which|within\s+which|where|en\s+la\s+que|en\s+el\s+que)\b[^.;]{0,30}$")]
    private static partial Regex InWhichBefore();

    [GeneratedRegex(@"^\s*,?\s*(?:\p{Ll}+\s+)?(?:served|serves|worked|works|acted|acts|was|is)\s+as\b", RegexOptions.NonBacktracking)]
    private static partial Regex ServedAs();

    [GeneratedRegex(@"\b(?:he|she)\s+(?:co-)?founded\s+(?:it\b|the\s+(?:group|gang|clan|network|cartel|organization)\b|(?=\p{Lu}))(?<with>[^.;]{0,60}?\b(?:together\s+with|along\s+with|alongside|with)\s+(?:his|her)\s+(?:[\p{Ll}\-]+\s+){0,2}?[\p{Ll}\-]+\s*,?\s*)?")]
    private static partial Regex FoundedItWithPattern();
    private static readonly CuedRegex FoundedItWith = new(FoundedItWithPattern());

    [GeneratedRegex(@"^['’]?s?\s+(?:cell|clique|faction|unit|branch)\s+(?:led|run|headed|commanded)\s+by\s+$")]
    private static partial Regex CellLedByBetween();
}
