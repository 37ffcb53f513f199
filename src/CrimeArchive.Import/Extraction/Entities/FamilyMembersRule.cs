using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Children and siblings named by first name only: "Ocampo Lara's sons, Ramiro and Héctor".
/// Each first name is the one person of the text (other than the parent) who carries it, or a new
/// person known by that first name; children named together are siblings.</summary>
public static class FamilyMembersRule
{
    public static void Apply(SentenceInfo info, EntityRegistry registry, List<(EntityDraft, EntityDraft, SentenceInfo)> siblings)
    {
        for (var i = 0; i < info.Spans.Count; i++)
        {
            var first = info.Spans[i];
            if (first.Count != 1)
                continue;
            var end = first.Start - info.Sentence.Start;
            var from = Math.Max(0, end - 60);
            if (!RelationshipPatterns.ChildrenBefore.IsMatch(info.Sentence.Text.AsSpan(from, end - from)))
                continue;
            var names = new List<NameSpan> { first };
            for (var k = i + 1; k < info.Spans.Count && info.Spans[k].Count == 1; k++)
            {
                var gap = info.Sentence.Text[(info.Spans[k - 1].End - info.Sentence.Start)..(info.Spans[k].Start - info.Sentence.Start)].Trim();
                if (gap is not ("and" or "," or ", and" or "y"))
                    break;
                names.Add(info.Spans[k]);
            }
            var parent = ParentBefore(info, first, registry);
            var members = names.Select(n => Member(n, parent, registry)).OfType<EntityDraft>().ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                    siblings.Add((members[a], members[b], info));
            }
        }
    }

    private static EntityDraft? ParentBefore(SentenceInfo info, NameSpan first, EntityRegistry registry) =>
        info.Spans.Where(s => s.End <= first.Start)
            .Select(s => registry.FindOne(s.Surface, EntityKind.Person) ?? Consolidation.PersonByPart(registry, s.Surface, s.Start))
            .LastOrDefault(e => e is not null);

    private static EntityDraft? Member(NameSpan name, EntityDraft? parent, EntityRegistry registry)
    {
        var word = name.Words[0];
        if (!word.IsCapitalized || word.IsAllCaps || NameWords.IsEveryday(word) || NameWords.IsPlace(word))
            return null;
        var key = NameWords.Key(word);
        var carriers = registry.Entities.Where(e => e.IsPerson && e != parent && e.NameWords[0] == key).ToList();
        if (carriers.Count > 1)
            return null;
        if (carriers.Count == 1)
        {
            registry.AddKey(carriers[0], word.Text);
            return carriers[0];
        }
        var existing = registry.Find(word.Text);
        return existing.Count == 0 ? registry.Add(EntityKind.Person, word.Text, name.Start) : null;
    }
}
