using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Folds the shortened names a text uses into the full names it gives: "Luis E. Calle
/// Serna" and "Luis Enrique" into "Luis Enrique Calle Serna" when exactly one full name fits;
/// drops surname-only "names" ("Calle Serna") and family plurals ("the Calle Sernas") that are
/// references, not new entities. Two full names are never folded together.</summary>
public static class Consolidation
{
    public static void Run(EntityRegistry registry)
    {
        var people = registry.Entities.Where(e => e.IsPerson).OrderBy(e => e.NameWords.Length).ToList();
        foreach (var person in people)
        {
            var words = person.NameWords;
            // "Raúl “El Abuelo” Ferraz" and his son "Raúl Ángel Ferraz, alias “Chino”": different nicknames, different people.
            var longer = registry.Entities.Where(e => e.IsPerson && e != person && e.NameWords.Length >= words.Length
                && (person.Nicknames.Count == 0 || e.Nicknames.Count == 0 || person.Nicknames.Overlaps(e.Nicknames))).ToList();
            // "Chino Ferraz": the nickname of one person and their surname.
            if (words.Length == 2 && person.Nicknames.Count == 0
                && longer.Where(e => e.Nicknames.Contains(words[0]) && e.NameWords.AsSpan(1).Contains(words[1])).ToList() is [var nicknamed])
            {
                registry.Merge(person, nicknamed);
                continue;
            }
            // "Teodoro Valdivia" beside "Teodoro Valdivia Jr.": the father, not a short form of the son.
            var prefixOf = longer.Where(e => IsPrefix(words, e.NameWords) && !(e.NameWords.Length == words.Length + 1 && IsGeneration(e.NameWords[^1]))).ToList();
            if (prefixOf.Count == 1)
            {
                registry.Merge(person, prefixOf[0]);
                continue;
            }
            var within = longer.Where(e => e.NameWords.Length > words.Length
                && (IsSuffix(words, e.NameWords) || IsInnerSubsequence(words, e.NameWords) || IsPaternalSurnameOf(words, e.NameWords))).ToList();
            // "Mc Lean's brother, Kenroy Mc Lean Watson" after "Dairon Mc Lean Watson": of two or more who share a short
            // form, the one named before it — unless a family's group goes by the surname ("the Chavarría Solís clan", "los Chávez").
            if (within.Count > 1 && within.Where(e => e.FirstStart < person.FirstStart).ToList() is [var namedBefore]
                && !registry.Entities.Any(g => g.Kind == EntityKind.Group && g.Keys.Any(k => EntityRegistry.WordsOf(k).Contains(words[0]))))
                registry.Merge(person, namedBefore);
            else if (within.Count == 1)
                registry.Merge(person, within[0]);
            else if (within.Count > 1)
                registry.Remove(person);
            // "Quintas Vela … In Argentina, he is known as “Tío”": a surname alone names no new person, so its
            // nickname is the one full name's it ends, whatever nicknames that name has.
            // With two such names ("Jesús Ferreira Lugo … his brother, Rutilio Ferreira Lugo"), the surname is the
            // one named first, whom the text is about.
            else if (!GivenNames.Contains(words[0]) && registry.Entities.Where(e => e.IsPerson && e != person
                && e.NameWords.Length > words.Length && IsSuffix(words, e.NameWords)).OrderBy(e => e.FirstStart).FirstOrDefault() is { } named)
                registry.Merge(person, named);
        }
        foreach (var group in registry.Entities.Where(e => e.Kind == EntityKind.Group).ToList())
        {
            var key = EntityRegistry.KeyOf(group.Name);
            // "the Ferreyra crime family" beside "the Ferreyra family": one family.
            if (key.IndexOf(" crime ", StringComparison.Ordinal) is > 0 and var crime
                && (key.EndsWith(" family", StringComparison.Ordinal) || key.EndsWith(" clan", StringComparison.Ordinal))
                && registry.FamilyOf(key[..crime]) is { } family && family != group)
            {
                registry.Merge(group, family);
                continue;
            }
            // "the Ocampos" is the Ocampo clan, "the Mora Lunas" the Mora Luna family.
            var clan = registry.Entities.FirstOrDefault(g => g.Kind == EntityKind.Group && g != group
                && EntityRegistry.KeyOf(g.Name) is var k && (k.EndsWith(" clan", StringComparison.Ordinal) || k.EndsWith(" family", StringComparison.Ordinal))
                && (key == k[..k.LastIndexOf(' ')] + "s" || key == k[..k.LastIndexOf(' ')] + "es"));
            if (clan is not null)
            {
                registry.Merge(group, clan);
                continue;
            }
            var words = key.Split(' ');
            // "the Calle Sernas" after "Luis Enrique Calle Serna": the family's plural of a man the text names
            // speaks of his brothers, unless the text said it was a gang.
            if (group.NamedByShapeOnly && IsPluralOfPerson(registry, words))
            {
                registry.Remove(group);
                continue;
            }
            // "the Gaitanistas" after "the Clan del Golfo": two names reporting gives one well-known group.
            if (ReferenceGroups.NamedBefore(registry, group) is { } known)
            {
                registry.Merge(group, known);
                continue;
            }
            // "the Red Wolves MC" after "the Red Wolves Motorcycle Club", "Clan Maldonado" after "the Maldonado clan":
            // one name but for the words that say what kind of outfit it is.
            if (SameNameOtherDesignator(registry, group, words) is { } same)
            {
                registry.Merge(group, same);
                continue;
            }
            // "Barrio 9 Los Viejos" is a clique of Barrio 9, not a longer name of it.
            var longer = registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group
                && EntityRegistry.KeyOf(g.Name).Split(' ') is var longWords && IsPrefix(words, longWords)
                && !(longWords.Length > words.Length && longWords[words.Length] is "los" or "las")).ToList();
            // "Los Cuervos" and "the Cuervos'" shorten "Los Cuervos de Paita": here a one-word name only folds
            // into a name that adds a place to it ("de Paita", "do Sul"); the head-noun rule below takes the
            // other shapes, when the longer name was named first.
            if (longer.Count == 1 && (words.Length > 1 || AddsPlace(words, EntityRegistry.KeyOf(longer[0].Name).Split(' '))))
            {
                registry.Merge(group, longer[0]);
                continue;
            }
            // "La Hermandad" after "La Hermandad Norteña", "the Irmandade" after "the Irmandade Paulista": the
            // head noun, with its article or alone, is the one group named earlier with that head.
            var headNoun = words is [("la" or "el" or "a" or "o"), var head] ? head : words is [var only] ? only : null;
            if (headNoun is not null && !NameWords.IsStateBody(headNoun)
                && (NameWords.IsGroupHead(headNoun) || headNoun.Length >= 5 && !NameWords.IsEveryday(headNoun) && !NameWords.IsPlace(headNoun))
                && registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group && g.FirstStart < group.FirstStart
                    && EntityRegistry.KeyOf(g.Name).Split(' ') is [var first, _, ..] && first == headNoun).ToList() is [var headed])
            {
                registry.Merge(group, headed);
                continue;
            }
            // "the Ocelots" after "the Delmar Ocelots", "Pedro Lara" after "Columna Móvil Pedro Lara": the
            // end of a longer name named earlier shortens it, unless it is a word any group answers to.
            var bare = words[0] is "the" or "los" or "las" or "la" or "el" ? words[1..] : words;
            if (bare.Length == 0 || bare.All(NameWords.IsGroupHead))
                continue;
            // "the Ribeiros" after "Comando Ribeiro", "the Fluviales" after "the Compañía Fluvial": the members'
            // plural of the name's last word (of its own gender, but for a name of origin: "Los Blancos" are not
            // "la Banda Blanca", "los Ribereños" are "la Corporación Ribereña").
            var ending = registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group && g.FirstStart < group.FirstStart
                && EntityRegistry.KeyOf(g.Name).Split(' ') is var longWords && !SplinterWords.Contains(longWords[0])
                && (IsSuffix(bare, longWords) || bare.Length == 1 && longWords.Length >= 2
                    && (NameWords.IsGroupHead(longWords[0]) || GroupNameRules.IsFirmWord(longWords[0])) && IsPluralOf(bare[0], longWords[^1]))).ToList();
            // "the Ravens" after "the Silver Ravens Motorcycle Club, … the Silver Ravens": or the end of a shorter
            // name the longer one went by.
            if (ending.Count == 0)
                ending = registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group && g.FirstStart < group.FirstStart
                    && g.Keys.Any(k => GroupNameCore.WithoutKindWords(k.Split(' ')) is { Length: > 1 } keyWords && keyWords.Length > bare.Length
                        && !SplinterWords.Contains(keyWords[0]) && IsSuffix(bare, keyWords))).ToList();
            if (ending.Count == 1)
                registry.Merge(group, ending[0]);
        }
    }

    // "calle sernas" of "… calle serna": the name's last word the plural of a person's, the words before it theirs too.
    private static bool IsPluralOfPerson(EntityRegistry registry, string[] words) =>
        registry.Entities.Any(p => p.IsPerson && p.NameWords.Length > words.Length && IsPluralOf(words[^1], p.NameWords[^1])
            && IsSuffix(words[..^1], p.NameWords[..^1]));

    private static EntityDraft? SameNameOtherDesignator(EntityRegistry registry, EntityDraft group, string[] words)
    {
        var core = GroupNameCore.Core(words);
        var bare = core ?? string.Join(' ', words);
        var same = registry.Entities.Where(g => g.Kind == EntityKind.Group && g != group && g.FirstStart < group.FirstStart
            && g.Keys.Any(k => SameBut(GroupNameCore.Core(k.Split(' ')), k))).ToList();
        return same.Count == 1 ? same[0] : null;

        // One of the two names had a designator to lose ("red wolves mc" and "red wolves"), and what is left is the same.
        bool SameBut(string? otherCore, string other) => (otherCore ?? other) == bare && (core is not null || otherCore is not null);
    }

    // "ribeiros" of "ribeiro", "fluviales" of "fluvial", "feroces" of "feroz", "riberenos" of "riberena" (keys
    // are folded: "ñ" is "n").
    private static bool IsPluralOf(string plural, string word)
    {
        if (word.Length < 3 || plural.Length <= word.Length)
            return false;
        if (plural == word + "s" || plural == word + "es")
            return true;
        // "los Ribereños" of "la Corporación Ribereña": the members of a feminine name of origin are men.
        if (word.EndsWith("ena", StringComparison.Ordinal) || word.EndsWith("ana", StringComparison.Ordinal) || word.EndsWith("ina", StringComparison.Ordinal)
            || word.EndsWith("era", StringComparison.Ordinal))
            return plural == word[..^1] + "os";
        return word[^1] == 'z' && plural == word[..^1] + "ces";
    }

    // "the New Harbour Boys" split from "the Harbour Boys": a new, true or old one is another group.
    private static readonly HashSet<string> SplinterWords = new(StringComparer.Ordinal)
    {
        "new", "nueva", "nuevo", "nuevos", "nuevas", "nova", "novo", "old", "vieja", "viejo", "true", "verdadero", "verdadera", "real", "autentico", "autentica",
    };

    private static bool AddsPlace(string[] shortWords, string[] longWords) =>
        longWords.Length > shortWords.Length + 1 && longWords[shortWords.Length] is "de" or "del" or "do" or "da" or "dos" or "das" && shortWords[0].Length >= 4;

    /// <summary>The one person whose full name a shortened form fits, else null.</summary>
    public static EntityDraft? PersonByPart(EntityRegistry registry, string surface, int position)
    {
        var words = EntityRegistry.KeyOf(surface).Split(' ');
        var fits = registry.Entities.Where(e => e.IsPerson && (IsPrefix(words, e.NameWords) || IsSuffix(words, e.NameWords)
            || (words.Length == 1 && e.NameWords.Length >= 3 && e.NameWords[^2] == words[0]))).ToList();
        var earlier = fits.Where(e => e.FirstStart < position).ToList();
        if (fits.Count == 1)
            return fits[0];
        if (earlier.Count == 1)
            return earlier[0];
        // "Byron Vélez Zambrano … Marcelo Zambrano … Zambrano lo negó": one surname alone is the father's
        // surname, the first of two, not the mother's that closes "Vélez Zambrano".
        return words.Length == 1 && earlier.Where(e => FirstSurname(e.NameWords) == words[0]).ToList() is [var paternal] ? paternal : null;
    }

    private static string FirstSurname(string[] name) =>
        name.Length >= 3 && !GivenNames.Contains(name[^2]) ? name[^2] : name[^1];

    private static bool IsGeneration(string word) => word.TrimEnd('.') is "jr" or "sr" or "junior" or "senior" or "ii" or "iii" or "hijo" or "padre";

    public static bool IsPrefix(string[] shortWords, string[] longWords)
    {
        // "j.l. mendez" shortens "jorge luis mendez" as "j. l. mendez" does.
        if (shortWords.Length > 0 && Word.AreGluedInitials(shortWords[0], inKey: true))
            shortWords = [.. shortWords[0].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(letter => letter + "."), .. shortWords[1..]];
        if (shortWords.Length > longWords.Length || shortWords.SequenceEqual(longWords))
            return false;
        for (var i = 0; i < shortWords.Length; i++)
        {
            if (!SameWord(shortWords[i], longWords[i]))
                return false;
        }
        return true;
    }

    /// <summary>"Mc Lean" of "Dairon Mc Lean Watson", "De Alba" of "Lisandro De Alba Moncada": a father's surname
    /// written as two words, a prefix and a name, before the mother's.</summary>
    public static bool IsPaternalSurnameOf(string[] shortWords, string[] longWords) =>
        shortWords.Length == 2 && longWords.Length >= 4 && shortWords[0] is "mc" or "mac" or "de" or "del" or "da" or "di" or "van" or "von" or "le" or "o"
        && longWords[^3] == shortWords[0] && longWords[^2] == shortWords[1];

    public static bool IsSuffix(string[] shortWords, string[] longWords)
    {
        if (shortWords.Length >= longWords.Length)
            return false;
        var offset = longWords.Length - shortWords.Length;
        for (var i = 0; i < shortWords.Length; i++)
        {
            if (shortWords[i] != longWords[offset + i])
                return false;
        }
        return true;
    }

    // "Javier Calle Serna" within "Javier Antonio Calle Serna": same first and last word, the rest in
    // order. "Rosa Quintana" within "Rosa Elvira Quintana Mejía" too: a Spanish name of two given names
    // and two surnames is shortened to the first given name and the father's surname.
    private static bool IsInnerSubsequence(string[] shortWords, string[] longWords)
    {
        if (shortWords.Length < 2 || shortWords[0] != longWords[0]
            || shortWords[^1] != longWords[^1] && !(longWords.Length >= 4 && shortWords[^1] == longWords[^2]))
            return false;
        var j = 0;
        foreach (var w in shortWords)
        {
            while (j < longWords.Length && longWords[j] != w)
                j++;
            if (j == longWords.Length)
                return false;
            j++;
        }
        return true;
    }

    private static bool SameWord(string a, string b) =>
        a == b || (a.Length == 2 && a[1] == '.' && b.Length > 1 && b[0] == a[0]);
}
