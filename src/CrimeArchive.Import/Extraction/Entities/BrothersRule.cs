using System.Text.RegularExpressions;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Siblings named together: "brothers Luis Enrique and Javier Antonio Calle Serna" are two
/// people who share the surnames written once; "his brother Javier" is a first name that takes the
/// surname of the person the sentence is about.</summary>
public static partial class BrothersRule
{
    private static readonly HashSet<string> SiblingWords = new(StringComparer.Ordinal)
    {
        "brother", "brothers", "sister", "sisters", "siblings", "hermanos", "hermano", "hermana", "hermanas",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "around", "through", "across", "en", "cerca", "hacia", "desde",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "su", "sus" };

    public static bool TryShareSurnames(SentenceInfo info, int spanIndex, NameSpan a, EntityRegistry registry,
        List<(EntityDraft, EntityDraft, SentenceInfo)> siblings)
    {
        if (a.Count > 2 || a.Words.Any(w => !IsFirstName(w)))
            return false;
        // "Juan, Pedro and Luis Arellano Díaz": first names joined by commas, then "and" and the full name.
        var firsts = new List<NameSpan> { a };
        var next = spanIndex + 1;
        var at = a.Index + a.Count;
        // Words hold no punctuation: a comma is read from the text between two spans.
        string Between(NameSpan x, NameSpan y) => info.Sentence.Text[(x.End - info.Sentence.Start)..(y.Start - info.Sentence.Start)].Trim();
        while (next < info.Spans.Count && info.Spans[next].Index == at && Between(firsts[^1], info.Spans[next]) == ","
            && info.Spans[next].Count <= 2 && info.Spans[next].Words.All(IsFirstName) && next + 1 < info.Spans.Count)
        {
            firsts.Add(info.Spans[next]);
            at = info.Spans[next].Index + info.Spans[next].Count;
            next++;
        }
        if (next >= info.Spans.Count || at >= info.Words.Count || info.Words[at].Text is not ("and" or "y")
            || Between(firsts[^1], info.Spans[next]).TrimStart(',').Trim() is not ("and" or "y"))
            return false;
        var bRaw = info.Spans[next];
        if (bRaw.Index != at + 1)
            return false;
        var b = PersonNameRules.TrimLeading(bRaw, keepArticles: false);
        if (b is null || b.Index != bRaw.Index || !PersonNameRules.IsFullName(b, info))
            return false;
        var cue = false;
        for (var k = Math.Max(0, a.Index - 3); k < a.Index; k++)
            cue |= SiblingListRule.IsPluralSiblingNoun(NameWords.Key(info.Words[k]));
        // "Rafael and Benito Quesada": with no word for siblings, two given names say the surname is shared.
        var givenNames = firsts.All(f => f.Words.All(w => GivenNames.Contains(w.Text)));
        if (b.Count <= a.Count || (!cue && !givenNames && b.Count < a.Count + 2) || firsts.Any(f => registry.Find(f.Surface).Count > 0))
            return false;
        // "Vidal and Nuno Sosa Prado co-founded …" in a piece about Marcos Vidal: a surname the text already
        // gave someone is that person, not a first name waiting for the next one's surnames.
        if (!cue && firsts.Any(f => f.Count == 1 && registry.Entities.Any(e => e.IsPerson && e.NameWords.Skip(1).Contains(NameWords.Key(f.Surface)))))
            return false;
        // "Santos, Tigre and Hernán Darío Vega" after "alias “Pablo Tigre”": nor is the last word of someone's nickname.
        if (!cue && firsts.Any(f => f.Count == 1 && registry.Entities.Any(e => e.IsPerson && e.Nicknames.Any(k => k.EndsWith(" " + NameWords.Key(f.Surface), StringComparison.Ordinal)))))
            return false;
        // "his brother Javier and Diego Perez Henao": Javier is the brother of the person the sentence
        // is about, not a second Perez Henao.
        if (!cue && a.Index >= 2 && SiblingWords.Contains(NameWords.Key(info.Words[a.Index - 1]))
            && Possessives.Contains(NameWords.Key(info.Words[a.Index - 2])))
            return false;
        // "Ana y Rosa María Vela Soto": the last name may have more given names than the first.
        var given = Math.Max(a.Count, b.Count - PersonNameRules.Surnames(b.Surface).Count(c => c == ' ') - 1);
        // "near Oyapa, Tinco and Cayará del Lurén", "en Aguazul y Villa Nueva de Montefrío": with no word for siblings and
        // no known given name, a list after a preposition of place whose shared tail opens with "de" is a list of towns
        // ("in Lisandro and Ramiro del Valle" names two men; "between" and "entre" join people as often as towns).
        if (!cue && !firsts.Any(f => GivenNames.Contains(f.Words[0].Text)) && NameCandidateFinder.IsParticle(b.Words[given].Text)
            && AfterPlacePreposition(info, a.Index))
            return false;
        var surnames = string.Join(' ', b.Words.Skip(given).Select(w => w.Text));
        var people = firsts.Select(f => registry.Add(EntityKind.Person, f.Surface + " " + surnames, f.Start)).ToList();
        people.Add(registry.Add(EntityKind.Person, b.Surface, b.Start));
        if (cue)
        {
            for (var i = 0; i < people.Count; i++)
                for (var j = i + 1; j < people.Count; j++)
                    siblings.Add((people[i], people[j], info));
        }
        // The last name's mention is its first names; the surnames belong to all.
        registry.SharedSurnameSpans[b.Start] = given;
        return true;
    }

    // Past the names listed before it: "near Oyapa, Tinco and …" for "Tinco"; "Near Oyapa, …" opening the sentence.
    private static bool AfterPlacePreposition(SentenceInfo info, int at)
    {
        var before = at - 1;
        while (before >= 0 && info.Words[before].IsCapitalized && !PlacePrepositions.Contains(NameWords.Key(info.Words[before])))
            before--;
        return before >= 0 && PlacePrepositions.Contains(NameWords.Key(info.Words[before]));
    }

    /// <summary>"los hermanos Ortega Paz, Luis y Saúl", "the Mills brothers, Andre and Curtis": the
    /// surnames first, then the given names of each sibling.</summary>
    public static void SurnamesFirst(SentenceInfo info, EntityRegistry registry, List<(EntityDraft, EntityDraft, SentenceInfo)> siblings)
    {
        var text = info.Sentence.Text;
        if (!text.Contains("herman", StringComparison.Ordinal) && !text.Contains("brothers", StringComparison.Ordinal)
            && !text.Contains("sisters", StringComparison.Ordinal) && !text.Contains("siblings", StringComparison.Ordinal))
            return;
        foreach (Match m in SurnamesThenGivenNames().Matches(text))
        {
            var surname = m.Groups["surname"];
            var givens = m.Groups["given"].Captures;
            if (!givens.All(g => GivenNames.Contains(g.Value)) || GivenNames.Contains(surname.Value.Split(' ')[0]) || NameWords.IsPlace(surname.Value))
                continue;
            var people = new List<EntityDraft>();
            foreach (Capture given in givens)
            {
                var start = info.Sentence.Start + given.Index;
                people.Add(registry.Add(EntityKind.Person, given.Value + " " + surname.Value, start));
                registry.Consumed.Add(start);
            }
            registry.Consumed.Add(info.Sentence.Start + surname.Index);
            for (var i = 0; i < people.Count; i++)
                for (var j = i + 1; j < people.Count; j++)
                    siblings.Add((people[i], people[j], info));
        }
    }

    [GeneratedRegex(@"\b(?:(?:[Ll]os|[Ll]as)\s+(?:hermanos|hermanas)\s+(?<surname>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)|the\s+(?<surname>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s+(?:brothers|sisters|siblings))\s*[,:—–]\s+(?:(?<given>\p{Lu}[\p{L}\-]+),\s+)*(?<given>\p{Lu}[\p{L}\-]+)\s+(?:y|e|and)\s+(?<given>\p{Lu}[\p{L}\-]+)(?=\s*[,.;:)—–])")]
    private static partial Regex SurnamesThenGivenNames();

    public static bool TryFirstNameOfBrother(SentenceInfo info, NameSpan span, EntityRegistry registry, KnownNames? known,
        List<(EntityDraft, EntityDraft, SentenceInfo)> siblings)
    {
        // "su hermano José Luis": two given names are one compound given name.
        var compound = span.Count == 2 && span.Words.All(w => GivenNames.Contains(w.Text));
        if ((span.Count != 1 && !compound) || span.Index < 2 || !IsFirstName(span.Words[0]))
            return false;
        var k = span.Index - 1;
        // "su hermano menor, Anastasio": Spanish puts the age after the noun.
        if (k >= 1 && NameWords.Key(info.Words[k]) is "menor" or "mayor" && SiblingWords.Contains(NameWords.Key(info.Words[k - 1])))
            k--;
        if (!SiblingWords.Contains(NameWords.Key(info.Words[k])))
            return false;
        k--;
        if (k >= 0 && NameWords.Key(info.Words[k]) is "older" or "younger" or "elder" or "twin" or "mayor" or "menor")
            k--;
        if (k < 0)
            return false;
        var first = NameWords.Key(span.Words[0]);
        if (registry.Entities.Any(e => e.IsPerson && e.NameWords[0] == first && (!compound || e.NameWords.Length > 1 && e.NameWords[1] == NameWords.Key(span.Words[1]))))
            return false;
        EntityDraft? reference;
        if (Possessives.Contains(NameWords.Key(info.Words[k])))
            reference = info.Spans.Where(s => s.End <= span.Start)
                .Select(s => PersonNameRules.TrimLeading(s, keepArticles: false))
                .Select(s => s is null ? null : registry.FindOne(s.Surface, EntityKind.Person))
                .LastOrDefault(e => e is not null);
        // "José Alfredo Bejarano's brother, Alonso": the sibling of the person named with the possessive.
        else if (PossessiveNameEndingAt(info, k) is { } owner)
            reference = PersonNameRules.TrimLeading(owner, keepArticles: false) is { } trimmed ? registry.FindOne(trimmed.Surface, EntityKind.Person) : null;
        else
            return false;
        if (reference is null)
            return false;
        var name = span.Surface + " " + registry.SurnamesOf(reference);
        // The archive may know a fuller form ("Javier Antonio Calle Serna"); matching that is the
        // importer's job, so that what a text yields does not depend on what was imported before it.
        var person = registry.Add(EntityKind.Person, name, span.Start);
        registry.AddKey(person, span.Surface);
        // Known as siblings now, so that "another brother" in a later sentence joins them.
        siblings.Add((reference, person, info));
        return true;
    }

    // The name whose last word is word k and is followed by "'s".
    private static NameSpan? PossessiveNameEndingAt(SentenceInfo info, int k)
    {
        var end = info.Words[k].End - info.Sentence.Start;
        var text = info.Sentence.Text;
        if (end + 1 >= text.Length || text[end] is not ('\'' or '’') || text[end + 1] != 's')
            return null;
        return info.Spans.FirstOrDefault(s => s.Index + s.Count - 1 == k);
    }

    // "Julián, Mauricio and Esteban Cabrera": a given name that is also a country's in Spanish is a first name here.
    private static bool IsFirstName(Word w) =>
        w.IsCapitalized && !w.IsAllCaps && !NameWords.IsEveryday(w) && !NameWords.IsStopWord(w) && !NameWords.IsTitle(w)
        && !NameWords.IsDemonym(w) && (!NameWords.IsPlace(w) || GivenNames.Contains(w.Text)) && !Places.PlaceCues.OpensTownName(NameWords.Key(w));
}
