using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

// The other shapes of a group's name: a faction under its parent's name, a name glossed in another
// language, an acronym spelled out in two, a short form taken from a glossed name.
public sealed partial class EntityDiscovery
{
    private EntityDraft? FactionWithParent(NameSpan span)
    {
        for (var i = 1; i < span.Count; i++)
        {
            var parent = registry.FindOne(span.Slice(0, i).Surface, EntityKind.Group);
            var faction = registry.FindOne(span.Slice(i, span.Count - i).Surface, EntityKind.Group);
            if (parent is not null && faction is not null && parent != faction)
                return faction;
        }
        return null;
    }

    // "the Lone Riders (Jinetes Solitarios) … drove the Solitarios out": a name and its gloss, neither
    // known as a group, are the names of the group the text calls by the last word of either.
    private void ReadGlossedNames(SentenceInfo info)
    {
        for (var k = 1; k < info.Spans.Count; k++)
        {
            var (name, gloss) = (GroupNameRules.StripStopWords(info.Spans[k - 1]), info.Spans[k]);
            var end = gloss.End - info.Sentence.Start;
            if (name is null || name.Count < 2 || gloss.Count < 2 || end >= info.Sentence.Text.Length || info.Sentence.Text[end] != ')'
                || !GroupNameRules.IsGlossedBy(info, info.Spans[k - 1], gloss))
                continue;
            var group = ShortFormGroup(gloss) ?? ShortFormGroup(name) ?? EnglishNameOfGroup(info, name, gloss);
            if (group is null)
                continue;
            // One of the two may be a group already: the short form is that group's too.
            var known = registry.Find(name.Surface).Concat(registry.Find(gloss.Surface)).Distinct().ToList();
            if (known is [{ Kind: EntityKind.Group } named] && named != group)
            {
                registry.Merge(group, named);
                group = named;
            }
            else if (known.Count > 0 && !known.All(e => e == group))
                continue;
            registry.AddKey(group, name.Surface);
            registry.AddKey(group, gloss.Surface);
            registry.Consumed.Add(name.Start);
            registry.Consumed.Add(gloss.Start);
        }
    }

    // "The Sons of the Valley (Hijos del Valle)": an English name ("of", "the") no one has typed, glossed by a group's
    // name, is that group's name in English; "José de Jesús Méndez (La Familia Michoacana)" is a member's.
    private EntityDraft? EnglishNameOfGroup(SentenceInfo info, NameSpan name, NameSpan gloss)
    {
        if (registry.FindOne(gloss.Surface, EntityKind.Group) is not { } group || registry.Find(name.Surface).Count > 0
            || GivenNames.Contains(name.Words[0].Text) || !name.Words.Any(w => w.Text is "of" or "the"))
            return null;
        return group;
    }

    private EntityDraft? ShortFormGroup(NameSpan span)
    {
        var last = span.Words[^1].Text;
        var group = last.Length > 3 && !NameWords.IsEveryday(last) ? registry.FindOne(last, EntityKind.Group) : null;
        // "Rodrigo Salas Vera (Los Cardos)": the group the gloss itself names is no short form of it.
        return group is null || registry.Find(span.Surface).Contains(group) ? null : group;
    }

    // "the Irmandade do Mar (Brotherhood of the Sea)": a group's name glossed in parentheses is the
    // name in the text's other language; a person's name before a group in parentheses is no gloss.
    private static NameSpan? TranslatedName(SentenceInfo info, NameSpan gloss)
    {
        var k = info.Spans.IndexOf(gloss);
        var end = gloss.End - info.Sentence.Start;
        if (k < 1 || end >= info.Sentence.Text.Length || info.Sentence.Text[end] != ')' || !GroupNameRules.IsGlossedBy(info, info.Spans[k - 1], gloss))
            return null;
        var original = GroupNameRules.StripStopWords(info.Spans[k - 1]);
        return original is null || original.Words.All(w => w.IsAllCaps) || PersonNameRules.IsFullName(original, info)
            || NameWords.IsPlace(original.Surface) ? null : original;
    }

    // "the Rear Joint Board (Mesa Conjunta Trasera – MCT)": where the text shows an acronym that is a
    // group spelled out, in one language and then the other, both names are that group's.
    private void NamesSpelledOut(SentenceInfo info, NameSpan acronym, string letters, EntityDraft group)
    {
        var k = info.Spans.FindIndex(s => s.Start == acronym.Start);
        if (k < 1 || !GroupNameRules.IsAcronymAfterDash(info, info.Spans[k - 1], acronym))
            return;
        var spelled = info.Spans[k - 1];
        if (GroupNameRules.Initials(EntityRegistry.KeyOf(spelled.Surface)) != letters)
            return;
        registry.AddKey(group, spelled.Surface);
        registry.Consumed.Add(spelled.Start);
        if (k >= 2 && GroupNameRules.IsGlossedBy(info, info.Spans[k - 2], spelled))
        {
            // "the Ruiseñor Front of the Highland Liberation Army (Ejército … – ESL)": the gloss spells out the army only.
            var english = GroupNameRules.StripStopWords(GroupNameRules.UnitOfParent(info.Spans[k - 2], info)?.Parent ?? info.Spans[k - 2]);
            if (english is not null)
            {
                registry.AddKey(group, english.Surface);
                registry.Consumed.Add(english.Start);
            }
        }
    }
}
