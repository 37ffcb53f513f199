using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A part of a group that breaks away and becomes a group of its own: "a wing of G headed by X
/// walked out and created Y", "una facción de G liderada por X se separó y fundó Y", "X, then a
/// commander of G, left with forty men and formed Y". Y is a faction of G, its rival where the sentence
/// says they fight, and the head of the wing leads Y; the "led by X" belongs to the wing, not to G, and
/// a wing that founds Y is no founding by X.</summary>
internal static partial class SplinterFactions
{
    /// <summary>What the sentence states of a splinter, and the ties other rules read in it that it does
    /// not state. <paramref name="groupInFocus"/> is what "a faction of the gang" is a faction of.</summary>
    public static (List<FoundRelationship> Stated, List<FoundRelationship> Misread) Read(Sentence s, List<SentenceMention> ms, EntityDraft? groupInFocus)
    {
        var stated = new List<FoundRelationship>();
        var misread = new List<FoundRelationship>();
        // "Los Fantasmas were once the armed wing of Los Lagartos, but split from that group and have fought
        // their former bosses ever since": the faction that left is the rival of the group it left.
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            if (ms[i].Entity.IsPerson || ms[i + 1].Entity.IsPerson || ms[i].Entity == ms[i + 1].Entity
                || !OnceAPartOf().IsMatch(s.Text.AsSpan(ms[i].End - s.Start, ms[i + 1].Start - ms[i].End)))
                continue;
            var after = s.Text.AsSpan(ms[i + 1].End - s.Start);
            if (SplitFrom().IsMatch(after) && FightsOldGroup().IsMatch(after))
                stated.Add(new FoundRelationship(ms[i].Entity, RelationshipType.RivalOf, ms[i + 1].Entity, s));
        }
        if (!Creation.IsMatch(s.Text))
            return (stated, misread);
        // "a faction of the militia led by X, a former guard, broke away and formed Y": the group named before
        // it in the sentence, else the group in focus.
        for (var i = 0; i < ms.Count; i++)
        {
            if (!ms[i].Entity.IsPerson || !PartOfDescribedGroupLedBy().IsMatch(s.Text.AsSpan(0, ms[i].Start - s.Start)))
                continue;
            var whole = ms.Take(i).LastOrDefault(x => !x.Entity.IsPerson)?.Entity ?? groupInFocus;
            if (whole is not null && NewGroup(s, ms, i + 1, whole) is { } created && created.Entity != whole)
            {
                stated.Add(new FoundRelationship(ms[i].Entity, RelationshipType.LeaderOf, created.Entity, s));
                foreach (var other in ms.Where(x => !x.Entity.IsPerson && x.Entity != created.Entity).Select(x => x.Entity).Append(whole).Distinct())
                    misread.Add(new FoundRelationship(ms[i].Entity, RelationshipType.LeaderOf, other, s));
                misread.Add(new FoundRelationship(ms[i].Entity, RelationshipType.Founded, created.Entity, s));
                AddFaction(s, stated, created, whole);
            }
        }
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var parent = ms[i];
            if (parent.Entity.IsPerson)
                continue;
            var before = s.Text.AsSpan(0, parent.Start - s.Start);
            // "a wing of G headed by X … created Y"
            if (PartOf().IsMatch(before) && ms[i + 1] is { Entity.IsPerson: true } head
                && LedBy().IsMatch(s.Text.AsSpan(parent.End - s.Start, head.Start - parent.End))
                && NewGroup(s, ms, i + 2, parent.Entity) is { } created)
            {
                stated.Add(new FoundRelationship(head.Entity, RelationshipType.LeaderOf, created.Entity, s));
                misread.Add(new FoundRelationship(head.Entity, RelationshipType.LeaderOf, parent.Entity, s));
                misread.Add(new FoundRelationship(head.Entity, RelationshipType.Founded, created.Entity, s));
                AddFaction(s, stated, created, parent.Entity);
            }
            // "X, then a commander of G, left … and formed Y"
            else if (i > 0 && ms[i - 1] is { Entity.IsPerson: true } member
                && MemberOfAside().IsMatch(s.Text.AsSpan(member.End - s.Start, parent.Start - member.End))
                && NewGroup(s, ms, i + 1, parent.Entity) is { } formed)
                AddFaction(s, stated, formed, parent.Entity);
        }
        return (stated, misread);
    }

    private static void AddFaction(Sentence s, List<FoundRelationship> stated, SentenceMention created, EntityDraft parent)
    {
        stated.Add(new FoundRelationship(created.Entity, RelationshipType.MemberOf, parent, s));
        if (FightsOldGroup().IsMatch(s.Text.AsSpan(created.End - s.Start)))
            stated.Add(new FoundRelationship(created.Entity, RelationshipType.RivalOf, parent, s));
    }

    // The group a departure and a creation verb bring into being, after the parent's mention.
    private static SentenceMention? NewGroup(Sentence s, List<SentenceMention> ms, int from, EntityDraft parent)
    {
        for (var k = from; k < ms.Count; k++)
        {
            if (ms[k].Entity.IsPerson || ms[k].Entity == parent)
                continue;
            var before = s.Text.AsSpan(ms[from - 1].End - s.Start, ms[k].Start - ms[from - 1].End);
            return Departure().IsMatch(before) && Creation.IsMatch(before) && CreatedRightBefore().IsMatch(before) ? ms[k] : null;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne|[Uu]na?|[Ll]a|[Ee]l)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:wing|faction|cell|branch|section|splinter|fracci[oó]n|facci[oó]n|ala|c[eé]lula|sector|rama)\s+(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?$")]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne|[Uu]na?)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:wing|faction|cell|branch|section|fracci[oó]n|facci[oó]n|ala|c[eé]lula|sector|rama)\s+(?:of|de|del)\s+(?:the|its|la|el|su|esa|ese)\s+(?:band|gang|group|militia|organi[sz]ation|network|cartel|clan|crew|banda|pandilla|grupo|milicia|organizaci[oó]n|red|c[aá]rtel|estructura)\s*,?\s*(?:led|headed|commanded|run|liderad[oa]|encabezad[oa]|dirigid[oa]|comandad[oa])\s+(?:by|por)\s+(?:(?:the|a|el|la|un|una)\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(?:alias\s+)?[“""«]?$")]
    private static partial Regex PartOfDescribedGroupLedBy();

    [GeneratedRegex(@"^\s*,?\s*(?:[^.;]{0,60}?\b)?(?:began|started|emerged|were\s+(?:once|originally|first)|was\s+(?:once|originally|first)|nacieron|naci[óo]|surgi[óo]|surgieron|comenz[óo]|comenzaron|eran|era)\s+(?:(?:life|out)\s+)?(?:as\s+|como\s+)?(?:the|an?|el|la|una?)\s+(?:[\p{L}\-]+\s+){0,2}?(?:wing|arm|cell|faction|branch|brazo|c[eé]lula|facci[oó]n|ala|rama)\s+(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?$")]
    private static partial Regex OnceAPartOf();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:that\s+was|which\s+was|que\s+era)\s+)?(?:led|headed|commanded|run|liderad[oa]|encabezad[oa]|dirigid[oa]|comandad[oa])\s+(?:by|por)\s+(?:(?:the|a|el|la|un|una)\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(?:alias\s+)?[“""«]?$")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"^\s*,\s*(?:(?:then|at\s+the\s+time|once|by\s+then|entonces|en\s+ese\s+momento)\s+)?(?:an?|un|una)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:commander|member|leader|chief|lieutenant|boss|cabecilla|comandante|miembro|integrante|jefe|l[íi]der|lugarteniente)\s+(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?$")]
    private static partial Regex MemberOfAside();

    [GeneratedRegex(@"\b(?:broke\s+(?:away|off|ranks)|split(?:\s+(?:off|away))?|walked\s+out|left|defected|seceded|peeled\s+off|se\s+(?:separ[óo]|escindi[óo]|apart[óo]|desprendi[óo]|fue)|rompi[óo]|abandon[óo]|desert[óo])\b")]
    private static partial Regex Departure();

    private const string CreationVerbs = @"\b(?:created|formed|founded|set\s+up|established|launched|started|cre[óo]|form[óo]|fund[óo]|conform[óo]|arm[óo]|mont[óo])";

    [GeneratedRegex(CreationVerbs + @"\b")]
    private static partial Regex CreationPattern();
    private static readonly CuedRegex Creation = new(CreationPattern());

    [GeneratedRegex(CreationVerbs + @"\s+(?:(?:its\s+own|their\s+own|a\s+new|su\s+propi[oa])\s+(?:[\p{Ll}\-]+\s+)?)?(?:the\s+|la\s+|el\s+|los\s+|las\s+|a\s+)?[“""«]?$")]
    private static partial Regex CreatedRightBefore();

    // "now at war with its old partners", "have fought their former bosses", "que hoy disputan el mercado a sus
    // antiguos socios": a fight with the group left, named by what it was to them.
    [GeneratedRegex(@"\b(?:war|fight\w*|fought|battl\w*|contest\w*|clash\w*|feud\w*|disput\w*|enfrent\w*|guerra|pugna|combat\w*)\b[^.;]{0,60}?\b(?:its|their|sus?|the)\s+(?:old|former|ex-?|one-time|antiguos?|antiguas?|viejos?|viejas?|exsocios|ex)\s*(?:partners|comrades|bosses|allies|employers|masters|brothers|socios|compañeros|camaradas|jefes|patrones|aliados|hermanos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FightsOldGroup();

    // "…, but split from that group in 2019", "before breaking away": the part left the whole.
    [GeneratedRegex(@"^[^.;]{0,30}?\b(?:split|broke|breaking|splitting|left|leaving|se\s+separ\w+|se\s+escindi\w+|rompi\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SplitFrom();
}
