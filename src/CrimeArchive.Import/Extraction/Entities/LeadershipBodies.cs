using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A group's leading body and the people it is made of: "the gang's top command comprised A;
/// B; and C", "la cúpula de Los Tordos estaba integrada por A, B y C", "su llamada ranfla nacional estaba
/// integrada por A; B; y C" (the gangs' word for it). Each of them leads the group.</summary>
internal static partial class LeadershipBodies
{
    /// <summary>The leader-of ties the sentence states, and the member-of ties it does not (a seat in the
    /// leadership is more than membership). <paramref name="groupInFocus"/> is whose "the gang's" is.</summary>
    public static (List<FoundRelationship> Stated, List<FoundRelationship> Misread) Read(Sentence s, List<SentenceMention> ms, EntityDraft? groupInFocus)
    {
        var stated = new List<FoundRelationship>();
        var misread = new List<FoundRelationship>();
        var m = Body.Match(s.Text);
        if (!m.Success)
            return (stated, misread);
        var bodyEnd = s.Start + m.Index + m.Length;
        // "la cúpula de Los Tordos": the group named in the phrase; else, for "its", "su" or "the gang's", the
        // group named before it in the sentence or, if none is and no state body is spoken of, the one in focus.
        var named = ms.FirstOrDefault(x => !x.Entity.IsPerson && x.Start >= s.Start + m.Index && x.Start < bodyEnd);
        var before = ms.LastOrDefault(x => !x.Entity.IsPerson && x.End <= s.Start + m.Index);
        var group = named?.Entity
            ?? (!m.Groups["anaphor"].Success ? null
                : before?.Entity ?? (StateBody().IsMatch(s.Text.AsSpan(0, m.Index)) ? null : groupInFocus));
        if (group is null)
            return (stated, misread);
        foreach (var person in ListAfter(s, ms, bodyEnd))
        {
            stated.Add(new FoundRelationship(person, RelationshipType.LeaderOf, group, s));
            misread.Add(new FoundRelationship(person, RelationshipType.MemberOf, group, s));
        }
        return (stated, misread);
    }

    // The people listed right after the verb, each with its aside ("alias 'Cascabel'"), separated by
    // commas or semicolons and closed by "and"/"y".
    private static List<EntityDraft> ListAfter(Sentence s, List<SentenceMention> ms, int from)
    {
        var people = new List<EntityDraft>();
        var at = from;
        foreach (var x in ms.Where(x => x.Start >= from))
        {
            var gap = s.Text.AsSpan(at - s.Start, x.Start - at);
            if (!x.Entity.IsPerson || people.Count == 0 && gap.Trim().Length > 0 || people.Count > 0 && !ListGap().IsMatch(gap))
            {
                // An alias of the last one named: its aside goes on.
                if (people.Count > 0 && x.Entity == people[^1])
                {
                    at = x.End;
                    continue;
                }
                break;
            }
            if (!people.Contains(x.Entity))
                people.Add(x.Entity);
            at = x.End;
        }
        return people;
    }

    [GeneratedRegex(@"(?:(?<anaphor>\b(?:the|its|their)\s+(?:gang|group|cartel|organi[sz]ation|network|clan|militia|crew)['’]s\s+|\b(?:its|their|su)\s+)|\b(?:the|la|el)\s+)?(?:(?:so-called|llamada|denominada|top|high|national|ruling|supreme|central|collective)\s+)*(?:command|leadership|council|directorate|board|c[úu]pula|direcci[óo]n|jefatura|comandancia|estado\s+mayor|consejo|junta|mesa|ranfla)(?:\s+(?:nacional|central|suprema|general|superior|hist[óo]rica))?(?:\s+(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?(?-i:\p{Lu}[\p{L}\-]*\s*(?:(?:de|del|of|the|la|los|las|\p{Lu}[\p{L}\-]*)\s*){0,4}))?\s*(?:[–—(][^–—()]{1,60}[–—)]\s*)?,?\s*(?:comprised|consisted\s+of|consists\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of|was\s+composed\s+of|is\s+composed\s+of|included|includes|est(?:aba|á)\s+(?:integrad|conformad|compuest|formad)[oa]\s+por|(?:la|lo)\s+(?:integraban|integran|conformaban|conforman|formaban|forman))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BodyPattern();
    private static readonly CuedRegex Body = new(BodyPattern());

    // "The navy said its command included …", "la Policía informó que su cúpula …": a state body's own.
    [GeneratedRegex(@"\b(?:police|policía|polic[íi]a|navy|army|armada|ej[ée]rcito|government|gobierno|ministry|ministerio|prosecutors?|fiscal[íi]a|military|militares|authorities|autoridades|agency|agencia|court|tribunal|party|partido)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateBody();

    [GeneratedRegex(@"^[^.;,]{0,60}?(?:[;,]\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)$")]
    private static partial Regex ListGap();
}
