using CrimeArchive.Data.Text;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Siblings listed by first name, the surname written once: "the Oyarzo Lind brothers —
/// Ramiro, Eloy and Justo", "his brothers, Nelson and Fausto" (the surname is the person's the
/// sentence names before), "los hermanos Iker, Saúl y Rubén Breña Pozo" (the last item carries it).
/// Each becomes a person under the full name, answering to the first name too, and all of them are
/// siblings. A sibling added later ("their sister, Paula", "a third brother, Justo") joins the last list.</summary>
public sealed class SiblingListRule(EntityRegistry registry, List<(EntityDraft, EntityDraft, SentenceInfo)> siblings)
{
    /// <summary>"brothers", "hermanas", "twins": a plural that says the people named with it are siblings.</summary>
    public static bool IsPluralSiblingNoun(string key) => PluralNouns.Contains(key);

    private static readonly HashSet<string> PluralNouns = new(StringComparer.Ordinal)
    {
        "brothers", "sisters", "siblings", "hermanos", "hermanas", "twins", "gemelos", "gemelas", "mellizos", "mellizas",
    };

    // "Don Benigno's three children, A, B and C": one parent's children are siblings of each other, not of the parent.
    private static readonly HashSet<string> ChildrenNouns = new(StringComparer.Ordinal)
    {
        "children", "sons", "daughters", "hijos", "hijas",
    };

    // "his nieces Rocío and Ismenia Pardal": relatives listed with one surname, who are not said to be siblings.
    private static readonly HashSet<string> OtherKinNouns = new(StringComparer.Ordinal)
    {
        "cousins", "nieces", "nephews", "primos", "primas", "sobrinos", "sobrinas",
    };

    private static readonly HashSet<string> SingularNouns = new(StringComparer.Ordinal)
    {
        "brother", "sister", "hermano", "hermana", "half-brother", "half-sister",
    };

    // Every noun above, and whether it is singular.
    private static readonly Dictionary<string, bool> KinNouns = PluralNouns.Concat(ChildrenNouns).Concat(OtherKinNouns).Select(n => (n, false))
        .Concat(SingularNouns.Select(n => (n, true))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "su", "sus" };

    // Words between a possessive and the noun: "his two younger brothers", "her late sister".
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "older", "younger", "elder", "eldest", "youngest", "oldest", "twin", "late",
        "dos", "tres", "cuatro", "mayores", "menores", "difunto", "difunta", "fallecido", "fallecida",
    };

    // "a third brother", "the youngest sister": one more of the siblings listed before.
    private static readonly HashSet<string> MoreOf = new(StringComparer.Ordinal)
    {
        "third", "fourth", "fifth", "other", "another", "youngest", "eldest", "oldest", "younger", "older", "elder", "tercer", "otro", "otra", "medio",
    };

    private List<EntityDraft> lastList = [];
    private SentenceInfo? current;
    // The sentences read before the current one: "his brothers" opening a sentence are the brothers of
    // the last person named before it, looked up only when a list needs it.
    private readonly List<SentenceInfo> earlier = [];
    private string? lastSurname;
    private int lastListSentence = -10;

    /// <summary>Reads the words from..to (exclusive) of a sentence for sibling nouns. The caller reads
    /// a sentence's people in order, so that the person before "his brothers" is known by then.</summary>
    public void Read(SentenceInfo info, int from, int to)
    {
        if (current is not null && current.Index != info.Index)
            earlier.Add(current);
        current = info;
        for (var i = from; i < to; i++)
        {
            var noun = NameWords.Key(info.Words[i]);
            // Most words are no kin noun: one lookup tells, in place of one per list.
            if (!KinNouns.TryGetValue(noun, out var singular))
                continue;
            if (!singular)
                ReadList(info, i);
            else if (RecentSiblings(info) is { Count: > 0 } recent)
            {
                lastList = recent;
                ReadOneMore(info, i);
            }
            // "His brother Mario, known as …", "Rufino's brother Severo", "their sister Nidia": one sibling,
            // by first name, of the person named before (or the possessor). A name the lexicon does not
            // know as a given name must be no one else's yet.
            else if (PossessiveBefore(info, i) is "his" or "her" or "su" or "their" or "'s"
                && Items(info, i + 1) is [{ Count: 1 } only] && (GivenNames.Contains(only.Text) || registry.Find(only.Text).Count == 0) && !GoesOnWithParticle(info, only))
                ReadOneByFirstName(info, i, only);
        }
    }

    /// <summary>The siblings a text has just named: the last list, or the pairs found in the last
    /// three sentences by any rule ("Rafael Quesada and his brother Benito").</summary>
    private List<EntityDraft> RecentSiblings(SentenceInfo info)
    {
        if (info.Index - lastListSentence <= 3 && lastList.Count > 0)
            return lastList;
        for (var k = siblings.Count - 1; k >= 0; k--)
        {
            var (a, b, said) = siblings[k];
            if (info.Index - said.Index > 3)
                break;
            if (said.Index == info.Index)
                continue;
            lastListSentence = said.Index;
            lastSurname = SurnamesOfRelative(a);
            return SiblingsOf(a, b, siblings.Select(s => (s.Item1, s.Item2)));
        }
        return [];
    }

    /// <summary>A pair of siblings with every sibling the pairs tie to either of them.</summary>
    public static List<EntityDraft> SiblingsOf(EntityDraft a, EntityDraft b, IEnumerable<(EntityDraft, EntityDraft)> pairs)
    {
        var set = new List<EntityDraft> { a, b };
        foreach (var (x, y) in pairs)
        {
            if (set.Contains(x) && !set.Contains(y)) set.Add(y);
            else if (set.Contains(y) && !set.Contains(x)) set.Add(x);
        }
        return set;
    }

    private void ReadList(SentenceInfo info, int noun)
    {
        // "Sus hermanos menores, Rubén y Marta": a Spanish adjective after the noun.
        var from = noun + 1 < info.Words.Count && NameWords.Key(info.Words[noun + 1]) is "menores" or "mayores" ? noun + 2 : noun + 1;
        // "two brothers of Valdivia, Casimiro and Anselmo", "dos hijos de Benítez, Rubén y Marcos": whose they
        // are comes after "of", and the list after that name.
        var owner = OtherKinNouns.Contains(NameWords.Key(info.Words[noun])) ? null : OwnerAfterOf(info, from);
        if (owner is not null)
            from = owner.Value.After;
        var items = Items(info, from);
        if (items.Count == 0)
            return;
        string? surname = null;
        EntityDraft? reference = null;
        var familyName = FamilyNameBefore(info, noun);
        // "los hermanos Ajuria —Leoncio, Fátima y Amanda—": the surname, then the first names set off by dashes.
        if (familyName is null && items.Count == 1 && items[0].Count <= 2 && FamilyNameAfter(info, items[0]) is { } listAfter)
        {
            familyName = (items[0].Text, items[0].Start);
            items = listAfter;
        }
        var children = ChildrenNouns.Contains(NameWords.Key(info.Words[noun]));
        var otherKin = OtherKinNouns.Contains(NameWords.Key(info.Words[noun]));
        if (familyName is not null)
            surname = familyName.Value.Text;
        else if (owner is not null)
        {
            reference = children ? null : owner.Value.Person;
            surname = SurnamesOfRelative(owner.Value.Person);
        }
        else if (!children && !otherKin && PossessiveBefore(info, noun) is { } possessive)
        {
            if (possessive != "their")
                reference = PersonBefore(info, words: noun)
                    // "She shares them with her brothers": a sentence that speaks of someone by pronoun goes on
                    // about the previous sentence's subject, its first person.
                    ?? (info.Words.Take(noun).Any(w => NameWords.Key(w) is "he" or "she" or "él" or "ella") && earlier.Count > 0
                        ? FirstPerson(earlier[^1]) ?? LastPersonBefore() : LastPersonBefore());
            // "Two of Chato's brothers": the possessor is the person that name or nickname is.
            if (possessive == "'s")
                reference = PersonBefore(info, words: noun);
            // "His brother Mario … His sisters, Ana and Rosa": a sibling known by first name only gives no surname.
            if (reference is not null && !reference.Name.Contains(' ') && items.All(it => it.Count == 1))
            {
                AddFirstNamesOnly(items, info, reference);
                return;
            }
            // "helped by his brothers, Juan Carlos and Pedro Ruiz Díaz": the last item ends with his surnames.
            if (reference is not null && (items[^1].Count <= items[0].Count || items[^1].Text.EndsWith(" " + SurnamesOfRelative(reference), StringComparison.Ordinal)))
                surname = SurnamesOfRelative(reference);
            // "Mauro Villar … his brothers, Rubén Elías and Samuel Cuesta Villar": the text gave him one surname,
            // the list gives both.
            if (surname is not null && !surname.Contains(' ') && items.Count >= 2 && items[^1].Count >= 3 && items[^1].Count > items[0].Count
                && items.Take(items.Count - 1).All(it => it.Count <= 2))
                surname = string.Join(' ', items[^1].Words.Skip(items[^1].Count - 2).Select(w => w.Text));
        }
        var firstCount = items[0].Count;
        var last = items[^1];
        // "Los hermanos Dionisio, Anacleto y José Luis": first names only, no surname to share.
        var firstNamesOnly = false;
        if (surname is null && items.Count >= 2 && last.Count > firstCount && items.Take(items.Count - 1).All(it => it.Count == firstCount))
        {
            // "brothers Cristian and Lautaro Vera" after "Jonathan Vera Chóez": a word that is a given name too
            // ("Vera") is the surname where the text gave it to someone as one.
            surname = SurnameAfterFirstNames(last, FirstNamesOfLast(items, last, firstCount))
                ?? (last.Count == firstCount + 1 && registry.IsSurnameOfSomeone(NameWords.Key(last.Words[^1].Text)) ? last.Words[^1].Text : null);
            firstNamesOnly = surname is null;
        }
        // "los hermanos Ramiro, Eloy Andrés y Justo Oyarzo Lind": first names of one or two words; the last
        // item is longer than all of them and ends with the two surnames.
        else if (surname is null && familyName is null && items.Count >= 2 && last.Count >= 3 && items.Take(items.Count - 1).All(it => it.Count < last.Count && it.Count <= 2))
            surname = SurnameAfterFirstNames(last, Math.Max(1, last.Count - 2));
        if (otherKin)
        {
            NameRelatives(items, firstNamesOnly ? null : surname);
            return;
        }
        if (firstNamesOnly && reference is null && items.Count >= 2)
        {
            AddFirstNamesOnly(items, info);
            return;
        }
        // "Ofelia Duarte … sus hermanos Rubén y José Luis": first names only, the surname is hers.
        if (firstNamesOnly && reference is not null)
            surname = SurnamesOfRelative(reference);
        if (surname is null || items.Count + (reference is null ? 0 : 1) < 2)
            return;

        var people = new List<EntityDraft>();
        // The parent is no sibling, and the children's surnames are those the list gives.
        if (children && items.Count < 2)
            return;
        if (reference is not null)
            people.Add(reference);
        var surnameWords = surname.Split(' ').Length;
        foreach (var item in items)
        {
            // "the Roig Lemus brothers — Álvaro, Ciro and Gil Evaristo": with the surname given before the list,
            // a longer item is two first names, not a name with its own surname.
            var ownSurname = item.Text.EndsWith(" " + surname, StringComparison.Ordinal)
                || (item.Count > firstCount && reference is null && familyName is null && item == last);
            var name = ownSurname ? item.Text : item.Text + " " + surname;
            var person = registry.FindOne(name, EntityKind.Person) ?? registry.Add(EntityKind.Person, name, item.Start);
            // Later the text may call each by the first name alone.
            var firstNames = ownSurname ? Math.Max(1, item.Count - surnameWords) : item.Count;
            registry.AddKey(person, string.Join(' ', item.Words.Take(firstNames).Select(w => w.Text)));
            people.Add(person);
        }
        foreach (var span in info.Spans.Where(s => s.Start >= (familyName?.Start ?? items[0].Start) && s.Start <= last.Start))
            registry.Consumed.Add(span.Start);
        if (last.Text.EndsWith(" " + surname, StringComparison.Ordinal))
            registry.SharedSurnameSpans[last.Start] = Math.Max(1, last.Count - surnameWords);
        AddPairs(people, info);
        lastList = people;
        lastSurname = surname;
        lastListSentence = info.Index;
    }

    // "los hermanos Amílcar Tadeo y Ciro Ortuño Vela": first items of two given names say nothing of how many the last
    // one has; its own given names do (Ciro), and the rest are the surnames all share.
    private static int FirstNamesOfLast(List<Item> items, Item last, int firstCount)
    {
        if (firstCount < 2 || !items.Take(items.Count - 1).All(it => it.Words.Skip(1).All(w => GivenNames.Contains(w.Text))))
            return firstCount;
        var own = last.Words.TakeWhile(w => GivenNames.Contains(w.Text)).Count();
        return Math.Clamp(own, 1, firstCount);
    }

    /// <summary>The surname the last item of a list shares with the others: its words after the first
    /// <paramref name="firstNames"/>, less any that are given names too ("Tadeo Ignacio Lerma": Lerma).
    /// Null when every word is a given name ("José Luis").</summary>
    private static string? SurnameAfterFirstNames(Item last, int firstNames)
    {
        var rest = last.Words.Skip(firstNames).ToList();
        var given = rest.TakeWhile(w => GivenNames.Contains(w.Text)).Count();
        // "brothers Keron and Shaquille Baptiste": one word more than the other items, a given name that
        // does not end compound given names ("José Luis", "María José"), is the surname they share.
        if (given == 1 && rest.Count == 1 && !EndsCompoundGivenNames.Contains(NameWords.Key(rest[0].Text)))
            given = 0;
        if (given == rest.Count)
            return null;
        // "Abelardo y Saúl Ezequiel Mendivil Rojas": an Iberian name has two surnames at most; a word before them that
        // no list knows is a second given name.
        var surnames = rest.Skip(given).ToList();
        if (surnames.Count >= 3 && !surnames.Any(w => NameCandidateFinder.IsParticle(w.Text) || SurnameOpeners.Contains(NameWords.Key(w.Text)))
            && surnames[..^2].All(w => PersonNameRules.IsGivenNameLike(w.Text)))
            surnames = surnames[^2..];
        return string.Join(' ', surnames.Select(w => w.Text));
    }

    // "San Martín", "Santa Cruz": words that open a surname of two words, which the two-surname cap must not split.
    private static readonly HashSet<string> SurnameOpeners = new(StringComparer.Ordinal) { "san", "santa", "santo", "mac", "mc", "van", "von", "le" };

    // Given names that often close compound given names, in Spanish usage above all.
    private static readonly HashSet<string> EndsCompoundGivenNames = new(StringComparer.Ordinal)
    {
        "luis", "carlos", "jose", "maria", "antonio", "manuel", "miguel", "pablo", "alberto", "andres", "eduardo", "fernando",
        "francisco", "javier", "jesus", "enrique", "alejandro", "angel", "david", "daniel", "arturo", "ernesto", "felipe",
        "gabriel", "ignacio", "jorge", "julio", "mario", "ramon", "rafael", "ricardo", "roberto", "alfredo", "augusto", "emilio",
        "esteban", "guillermo", "hugo", "ivan", "joaquin", "juan", "lorenzo", "martin", "mauricio", "nicolas", "orlando", "pedro",
        "salvador", "sebastian", "tomas", "vicente", "paulo", "henrique", "marcos", "fabian", "alonso", "alexander", "eliseo",
        "elena", "isabel", "teresa", "fernanda", "guadalupe", "paula", "lucia", "luisa", "carmen", "ines", "rosa", "victoria",
        "alejandra", "andrea", "beatriz", "cristina", "eugenia", "josefina", "mercedes", "patricia", "soledad", "ana", "eva",
        "diego", "camilo", "julian", "leonardo", "rodrigo", "sergio", "matias", "elias", "emiliano", "adrian", "agustin", "gerardo",
        "gustavo", "humberto", "octavio", "raul", "rene", "rolando", "ruben", "saul", "alfonso", "armando", "bernardo", "cesar",
        "edgar", "efrain", "fidel", "gonzalo", "heriberto", "horacio", "jaime", "leonel", "marco", "oscar", "reinaldo",
        "rigoberto", "rogelio", "camila", "sofia", "gabriela", "daniela", "cecilia", "dolores", "esther", "gloria", "graciela",
        "lourdes", "margarita", "marta", "milagros", "pilar", "raquel", "rocio", "silvia", "susana", "yolanda", "belen",
        "consuelo", "angeles", "valentina", "mariana", "natalia", "carolina", "antonia", "juana", "manuela",
        // English and Portuguese ones: "John Paul", "Mary Ann", "João Vitor".
        "paul", "ann", "anne", "mae", "marie", "lynn", "lee", "jo", "vitor", "luiz",
    };

    // Relatives of someone, listed with the surname written once: people, but no siblings.
    private void NameRelatives(List<Item> items, string? surname)
    {
        // "Sus primos, Rocío y Anacleto": no surname at all, the first names are the names.
        if (surname is null && (items.Count < 2 || items.Any(it => it.Count > 2)))
            return;
        foreach (var item in items)
        {
            var name = surname is null || item == items[^1] ? item.Text : item.Text + " " + surname;
            var person = registry.FindOne(name, EntityKind.Person) ?? registry.Add(EntityKind.Person, name, item.Start);
            registry.AddKey(person, item.Text);
            registry.Consumed.Add(item.Start);
        }
    }

    // Siblings the list names by first names only.
    private void AddFirstNamesOnly(List<Item> items, SentenceInfo info, EntityDraft? reference = null)
    {
        var people = reference is null ? new List<EntityDraft>() : [reference];
        foreach (var item in items)
            people.Add(registry.FindOne(item.Text, EntityKind.Person) ?? registry.Add(EntityKind.Person, item.Text, item.Start));
        foreach (var span in info.Spans.Where(s => s.Start >= items[0].Start && s.Start <= items[^1].Start))
            registry.Consumed.Add(span.Start);
        AddPairs(people, info);
        lastList = people;
        lastSurname = null;
        lastListSentence = info.Index;
    }

    private void ReadOneMore(SentenceInfo info, int noun)
    {
        if (noun == 0)
            return;
        var before = NameWords.Key(info.Words[noun - 1]);
        if (before != "their" && !MoreOf.Contains(before))
            return;
        var items = Items(info, noun + 1, firstWords: 4);
        if (items.Count != 1)
            return;
        var item = items[0];
        // "his younger brother, Fermín Soto" after the Vargas sisters: a full name of another family is
        // someone else's brother.
        if (item.Count > 1 && lastSurname is not null && !item.Text.EndsWith(lastSurname, StringComparison.Ordinal)
            && !item.Text.Contains(lastSurname + " ", StringComparison.Ordinal))
            return;
        var name = item.Count == 1 && lastSurname is not null ? item.Text + " " + lastSurname : item.Text;
        var person = registry.FindOne(name, EntityKind.Person) ?? registry.FindOne(item.Text, EntityKind.Person)
            ?? registry.Add(EntityKind.Person, name, item.Start);
        registry.AddKey(person, item.Text);
        foreach (var span in info.Spans.Where(s => s.Start == item.Start))
            registry.Consumed.Add(span.Start);
        foreach (var sibling in lastList.Where(p => p != person))
            siblings.Add((sibling, person, info));
        if (!lastList.Contains(person))
            lastList = [.. lastList, person];
    }

    private void ReadOneByFirstName(SentenceInfo info, int noun, Item item)
    {
        var reference = PersonBefore(info, words: noun) ?? LastPersonBefore();
        // The surname is the sibling's, when the text gave one.
        var surnames = reference is null || !reference.Name.Contains(' ') ? null : SurnamesOfRelative(reference);
        var name = surnames is not null ? item.Text + " " + surnames : item.Text;
        // "His brother Ariel remains free", after "his younger brother, Ariel Funes Melgar" and a minister quoted
        // since: the one person the text gave that first name, whose sibling is not the minister.
        var found = registry.FindOne(name, EntityKind.Person) ?? registry.FindOne(item.Text, EntityKind.Person);
        var byFirstName = found is null ? KnownByFirstName(item.Text, reference) : null;
        var person = found ?? byFirstName ?? registry.Add(EntityKind.Person, name, item.Start);
        registry.AddKey(person, item.Text);
        foreach (var span in info.Spans.Where(s => s.Start == item.Start))
            registry.Consumed.Add(span.Start);
        if (reference is not null && reference != person && (byFirstName is null || surnames is null || person.Name.EndsWith(" " + surnames, StringComparison.Ordinal)))
        {
            siblings.Add((reference, person, info));
            lastList = [reference, person];
            lastListSentence = info.Index;
            // "… and their sister Nidia": one more, with the same surnames.
            lastSurname = surnames;
        }
    }

    private EntityDraft? KnownByFirstName(string firstName, EntityDraft? reference)
    {
        var key = NameNormalizer.Normalize(firstName);
        // Only a brother or sister the text has already named so: not a police officer who shares the first name.
        return registry.Entities.Where(e => e.IsPerson && e != reference && e.NameWords.Length >= 2 && e.NameWords[0] == key
            && (siblings.Any(pair => pair.Item1 == e || pair.Item2 == e) || IntroducedAsSibling(e))).ToList() is [var only] ? only : null;
    }

    // "His younger brother, Ramiro Lagos Pinto, …": a sibling word just before where the text first names the person.
    private bool IntroducedAsSibling(EntityDraft person)
    {
        var said = earlier.Append(current!).FirstOrDefault(i => i.Sentence.Start <= person.FirstStart && person.FirstStart < i.Sentence.End);
        if (said is null)
            return false;
        var before = said.Sentence.Text.AsSpan(0, person.FirstStart - said.Sentence.Start);
        var near = before[Math.Max(0, before.Length - 30)..];
        return near.Contains("brother", StringComparison.OrdinalIgnoreCase) || near.Contains("sister", StringComparison.OrdinalIgnoreCase)
            || near.Contains("herman", StringComparison.OrdinalIgnoreCase);
    }

    private void AddPairs(List<EntityDraft> people, SentenceInfo info)
    {
        for (var a = 0; a < people.Count; a++)
            for (var b = a + 1; b < people.Count; b++)
                if (people[a] != people[b])
                    siblings.Add((people[a], people[b], info));
    }

    private sealed record Item(List<Word> Words, SentenceInfo Info)
    {
        public int Count => Words.Count;
        public int Start => Words[0].Start;
        public string Text => Info.Sentence.Text[(Words[0].Start - Info.Sentence.Start)..(Words[^1].End - Info.Sentence.Start)];
    }

    // "— Ramiro, Eloy and Justo —", ", Nelson and Fausto", "Iker, Saúl y Rubén Breña Pozo".
    private static List<Item> Items(SentenceInfo info, int from, int firstWords = 2)
    {
        var words = info.Words;
        var items = new List<Item>();
        var k = from;
        if (k < words.Count && Gap(info, k) is not ("" or "," or "—" or "–" or ":" or "(" or ", —"))
            return items;
        while (k < words.Count)
        {
            var run = new List<Word>();
            while (k < words.Count && (run.Count == 0 ? IsNameWord(words[k]) || items.Count > 0 && IsEverydayGivenWord(words[k]) : ContinuesName(words[k]))
                && (run.Count == 0 || Gap(info, k) == ""))
                run.Add(words[k++]);
            if (run.Count == 0 || run.Count > 4)
                return [];
            items.Add(new Item(run, info));
            // "his sisters, Ana, known as “La Flaca,” and Rosa": a nickname clause inside the list.
            var clause = RelationshipPatterns.NicknameClauseAfter().Match(info.Sentence.Text, run[^1].End - info.Sentence.Start);
            if (clause.Success)
            {
                var resume = info.Sentence.Start + clause.Index + clause.Length;
                while (k < words.Count && words[k].Start < resume)
                    k++;
            }
            if (k >= words.Count)
                break;
            var gap = clause.Success ? "," : Gap(info, k);
            var joiner = NameWords.Key(words[k]);
            if (gap == "," && (IsNameWord(words[k]) || IsEverydayGivenWord(words[k])))
                continue;
            if (gap is "" or "," && joiner is "and" or "y" or "e")
            {
                k++;
                if (k < words.Count && Gap(info, k) == "" && IsNameWord(words[k]))
                {
                    var lastRun = new List<Word>();
                    while (k < words.Count && (lastRun.Count == 0 ? IsNameWord(words[k]) : ContinuesName(words[k])) && (lastRun.Count == 0 || Gap(info, k) == ""))
                        lastRun.Add(words[k++]);
                    if (lastRun.Count <= 4)
                        items.Add(new Item(lastRun, info));
                }
                break;
            }
            break;
        }
        return items.Count >= 1 && items[0].Count <= firstWords ? items : [];
    }

    // The punctuation between word k-1 and word k, spaces removed; "" when only spaces.
    private static string Gap(SentenceInfo info, int k) => info.GapBefore(k).ToString().Replace(" ", "").Replace("\u00a0", "");

    // Brothers and sisters share both surnames: "Tomás Ibarra Lodi" → "Ibarra Lodi"; but "José Alfredo
    // Bejarano" has two given names.
    // "Los hermanos de Mora Ceja, Abel y Teodoro", after "Rigoberto Mora Ceja": a relative called by two surnames gives both.
    private string SurnamesOfRelative(EntityDraft relative) =>
        relative.NameWords.Length == 2 ? registry.SurnamesOf(relative) : SiblingSurnames(relative.Name);

    private static string SiblingSurnames(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && !(GivenNames.Contains(words[1]) && GivenNames.Contains(words[0])) ? string.Join(' ', words[1..]) : PersonNameRules.Surnames(name);
    }

    // A surname may be a place's name too ("Ibarra"): after a first word, a place word continues the name.
    private static bool ContinuesName(Word w) =>
        IsNameWord(w) || (w.IsCapitalized && !w.IsAllCaps && NameWords.IsPlace(w) && !NameWords.IsStopWord(w));

    // "Sus hermanas Mercedes y Noemí": a given name that is also a town's is the sister's here.
    private static bool IsNameWord(Word w) =>
        w.IsCapitalized && !w.IsAllCaps && !NameWords.IsEveryday(w) && !NameWords.IsStopWord(w) && !NameWords.IsTitle(w)
        && !NameWords.IsDemonym(w) && (!NameWords.IsPlace(w) || GivenNames.Contains(w.Text)) && !NameWords.IsGroupHead(w);

    // "los hermanos Ramón, Ever y Liz": past the list's first name, a capitalized everyday word is a name too.
    private static bool IsEverydayGivenWord(Word w) => NameWords.MayBeEverydayGivenName(w);

    // "Rosângela da Silva Matos", "Rosalva de la Cruz": a name the list reader stops at its particles.
    private static bool GoesOnWithParticle(SentenceInfo info, Item item)
    {
        var k = info.Words.IndexOf(item.Words[^1]) + 1;
        var particles = 0;
        while (k < info.Words.Count && Gap(info, k) == "" && info.Words[k].Text is not ("y" or "of") && NameCandidateFinder.IsParticle(info.Words[k].Text))
        {
            k++;
            particles++;
        }
        return particles > 0 && k < info.Words.Count && info.Words[k].IsCapitalized;
    }

    // "the Oyarzo Lind brothers": capitalized words right before the noun, after an article.
    private (string Text, int Start)? FamilyNameBefore(SentenceInfo info, int noun)
    {
        var k = noun;
        // A surname may also be a place's name ("the Vera brothers").
        while (k > 0 && (IsNameWord(info.Words[k - 1]) || (info.Words[k - 1].IsCapitalized && NameWords.IsPlace(info.Words[k - 1])))
            && Gap(info, k) == "" && noun - k < 3)
            k--;
        // "the three Oyarzo Lind brothers": a count between the article and the name.
        var article = k >= 2 && Modifiers.Contains(NameWords.Key(info.Words[k - 1])) ? k - 2 : k - 1;
        if (k == noun || (k > 0 && NameWords.Key(info.Words[article]) is not ("the" or "los" or "las")))
            return null;
        var s = info.Sentence;
        var text = s.Text[(info.Words[k].Start - s.Start)..(info.Words[noun - 1].End - s.Start)];
        return registry.Find(text).Count > 0 && registry.FindOne(text, EntityKind.Person) is null ? null : (text, info.Words[k].Start);
    }

    private static List<Item>? FamilyNameAfter(SentenceInfo info, Item family)
    {
        var next = info.Words.IndexOf(family.Words[^1]) + 1;
        if (next >= info.Words.Count || Gap(info, next) is not ("—" or "–" or "(" or ":" or ",—" or ",–"))
            return null;
        var listed = Items(info, next);
        return listed.Count >= 2 && listed.All(it => it.Count <= 2) ? listed : null;
    }

    private static string? PossessiveBefore(SentenceInfo info, int noun)
    {
        var k = noun - 1;
        while (k >= 0 && Modifiers.Contains(NameWords.Key(info.Words[k])))
            k--;
        if (k >= 0 && info.Words[k].IsCapitalized && IsPossessive(info, info.Words[k]))
            return "'s";
        return k >= 0 && Possessives.Contains(NameWords.Key(info.Words[k])) ? NameWords.Key(info.Words[k]) : null;
    }

    private static bool IsPossessive(SentenceInfo info, Word word)
    {
        var at = word.End - info.Sentence.Start;
        var text = info.Sentence.Text;
        return at < text.Length && text[at] is '\'' or '’';
    }

    private EntityDraft? LastPersonBefore()
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
            if (PersonBefore(earlier[i], earlier[i].Words.Count) is { } person)
                return person;
        return null;
    }

    private EntityDraft? FirstPerson(SentenceInfo info) =>
        info.Spans.Select(s => PersonNameRules.TrimLeading(s, keepArticles: false))
            .Select(s => s is null ? null : registry.FindOne(s.Surface, EntityKind.Person))
            .FirstOrDefault(e => e is not null);

    // A person named before this sentence, after "of"/"de" at word k and before a comma: the person, and
    // the word where the list that follows begins.
    private (EntityDraft Person, int After)? OwnerAfterOf(SentenceInfo info, int k)
    {
        if (k + 1 >= info.Words.Count || NameWords.Key(info.Words[k]) is not ("of" or "de") || Gap(info, k) != "")
            return null;
        var span = info.Spans.FirstOrDefault(s => s.Index == k + 1);
        if (span is null || span.Index + span.Count >= info.Words.Count || Gap(info, span.Index + span.Count) != ",")
            return null;
        var person = registry.FindOne(span.Surface, EntityKind.Person) ?? Consolidation.PersonByPart(registry, span.Surface, span.Start);
        return person is null || person.FirstStart >= span.Start ? null : (person, span.Index + span.Count);
    }

    private EntityDraft? PersonBefore(SentenceInfo info, int words)
    {
        var end = words < info.Words.Count ? info.Words[words].Start : info.Sentence.Start + info.Sentence.Text.Length;
        return info.Spans.Where(s => s.End <= end)
            .Select(s => PersonNameRules.TrimLeading(s, keepArticles: false))
            .Select(s => s is null ? null : registry.FindOne(s.Surface, EntityKind.Person) ?? Consolidation.PersonByPart(registry, s.Surface, s.Start))
            .LastOrDefault(e => e is not null);
    }
}
