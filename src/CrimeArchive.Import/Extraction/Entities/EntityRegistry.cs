using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The entities of one text and the name keys that lead to them. Group keys drop a
/// leading article ("the", "los") so that "Los Zetas" and "the Zetas" meet.</summary>
public sealed partial class EntityRegistry
{
    private readonly Dictionary<string, List<EntityDraft>> byKey = new(StringComparer.Ordinal);

    public List<EntityDraft> Entities { get; } = [];

    /// <summary>Spans already read as a nickname or alias, by start offset: not names of new entities.</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>"and Javier Antonio Calle Serna" after "Luis Enrique": start of the span → how many
    /// of its words are first names (the rest are surnames shared with the name before).</summary>
    public Dictionary<int, int> SharedSurnameSpans { get; } = [];

    // Static so that a key costs no array: KeyOf runs for every name and every lookup.
    private static readonly char[] KeyEdges = ['"', '\'', ',', '.', ' '];
    private static readonly string[] KeyArticles = ["the ", "los ", "las "];

    // A text looks up each of its names many times, and a site repeats them across texts.
    public static string KeyOf(string name) => Text.ThreadMemo.Get(ref keys, name, MakeKey, 100_000);

    [ThreadStatic] private static Dictionary<string, string>? keys;

    /// <summary>A key's words, split once: the short-form rules split every group's keys for every name they try.
    /// The array is shared; it is not to be changed.</summary>
    public static string[] WordsOf(string key) => Text.ThreadMemo.Get(ref keyWords, key, SplitKey, 100_000);

    [ThreadStatic] private static Dictionary<string, string[]>? keyWords;

    private static string[] SplitKey(string key) => key.Split(' ');

    private static string MakeKey(string name)
    {
        var key = NameWords.Key(name).Trim(KeyEdges);
        // "MS-13" and "MS13" are written both ways in one text.
        if (key.Contains('-'))
            key = LetterDigitHyphen().Replace(key, "");
        foreach (var article in KeyArticles)
        {
            if (key.StartsWith(article, StringComparison.Ordinal) && key.Length > article.Length + 2)
                return key[article.Length..];
        }
        return key;
    }

    private static bool OpensWithArticle(string key)
    {
        foreach (var article in KeyArticles)
        {
            if (key.StartsWith(article, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public IReadOnlyList<EntityDraft> Find(string name) =>
        byKey.TryGetValue(KeyOf(name), out var list) ? list : [];

    public EntityDraft? FindOne(string name, EntityKind? kind = null)
    {
        EntityDraft? one = null;
        foreach (var e in Find(name))
        {
            if (kind is not null && e.Kind != kind)
                continue;
            if (one is not null)
                return null;
            one = e;
        }
        return one;
    }

    public EntityDraft Add(EntityKind kind, string name, int start)
    {
        var existing = FindOne(name, kind);
        if (existing is not null)
        {
            existing.FirstStart = Math.Min(existing.FirstStart, start);
            return existing;
        }
        var entity = new EntityDraft(kind, name, start);
        Entities.Add(entity);
        AddKey(entity, name);
        return entity;
    }

    public void AddKey(EntityDraft entity, string name)
    {
        var key = KeyOf(name);
        AddOneKey(entity, key);
        if (entity.Kind != EntityKind.Group)
            return;
        // A variant is made of the key's words, so it is a key already, unless it opens with an article.
        foreach (var variant in GroupNameVariants(key))
            AddOneKey(entity, OpensWithArticle(variant) ? KeyOf(variant) : variant);
    }

    private static readonly string[] SpanishArticles = ["", "el ", "la ", "los ", "las "];

    /// <summary>The other shapes of one group's name: "Cartel de Sinaloa" / "Sinaloa Cartel",
    /// "Cartel of the Suns" / "Cartel de los Suns" (the word order and the article change, the
    /// name word stays); "the Pérez clan" / "the Pérez family" / "the Pérez organization" / "the Pérez group" / "Familia Pérez" /
    /// "the Pérezes".</summary>
    public static IEnumerable<string> GroupNameVariants(string key)
    {
        var words = key.Split(' ');
        // "Frente 36" / "the 36th Front" / "Front 36"; "Bloque Norte" / "Norte Bloc".
        if (words.Length == 2 && words[0] is "frente" or "front" && words[1].All(char.IsDigit))
        {
            yield return "frente " + words[1];
            yield return "front " + words[1];
            yield return Ordinal(words[1]) + " front";
            yield break;
        }
        // "Banda 44" / "la B44": a gang named by its noun and a number goes by the noun's initial and the number.
        if (words.Length == 2 && words[0] is "banda" or "barrio" or "mara" or "pandilla" or "clica" && words[1].All(char.IsDigit))
        {
            yield return words[0][0] + words[1];
            yield return words[0][0] + "-" + words[1];
        }
        if (words.Length == 2 && words[1] == "front" && words[0].Length > 2 && words[0][..^2].All(char.IsDigit) && words[0][..^2].Length > 0)
        {
            yield return "frente " + words[0][..^2];
            yield return "front " + words[0][..^2];
            yield break;
        }
        if (words.Length >= 2 && words[0] == "bloque")
            yield return string.Join(' ', words[1..]) + " bloc";
        if (words.Length >= 2 && words[^1] == "bloc")
            yield return "bloque " + string.Join(' ', words[..^1]);
        // "Los Zorros de la Bahía" is "the Zorros" in an English sentence: the plural before its place.
        // Keys drop the article, so the name is "zorros de la bahia" here.
        if (words.Length >= 3 && words[0].Length > 3 && words[0].EndsWith('s') && words[1] is "de" or "del" && !NameWords.IsGroupHead(words[0]))
            yield return words[0];
        string? head = null, core = null;
        if (words.Length >= 2 && words[^1] is "cartel" or "clan" or "family" or "organization" or "organisation")
            (head, core) = (words[^1], string.Join(' ', words[..^1]));
        else if (words.Length >= 3 && words[0] is "cartel" or "clan" or "familia" or "family" && words[1] is "de" or "del" or "of")
        {
            var rest = words.Skip(2).SkipWhile(w => w is "the" or "el" or "la" or "los" or "las").ToArray();
            if (rest.Length > 0)
                (head, core) = (words[0], string.Join(' ', rest));
        }
        else if (words.Length == 2 && words[0] is "familia" or "clan")
            (head, core) = (words[0], words[1]);
        // "Mara Tigrilla" is "the Tigrilla".
        else if (words.Length is 2 or 3 && words[0] is "mara" or "pandilla" or "banda" && !words[1].Any(char.IsDigit) && words[1] is not ("de" or "del" or "los" or "las"))
        {
            yield return string.Join(' ', words[1..]);
            yield break;
        }
        if (head is null || core is null)
            yield break;
        if (head == "cartel")
        {
            // "the Montecal crew": what a reporter calls a cartel in passing. Not a clan's: "Clan del
            // Golfo" and "Cartel del Golfo" are two groups, and "the Golfo gang" would join them.
            yield return core + " crew";
            yield return core + " gang";
            yield return core + " cartel";
            foreach (var article in SpanishArticles)
                yield return "cartel de " + article + core;
            yield return "cartel del " + core;
            yield return "cartel of the " + core;
            yield return "cartel of " + core;
            // "the Llanos Cartel" for the Cartel de los Llanos del Norte: the name word before its place
            // (not "Ciudad" of the Cartel de Ciudad del Este).
            if (core.Split(' ') is [var nameWord, "de" or "del", ..] && nameWord.Length > 3 && !NameWords.IsEveryday(nameWord) && !NameWords.IsPlace(nameWord))
                yield return nameWord + " cartel";
            yield break;
        }
        // A family's group: its surname with family or clan, either order, or in the plural. Not "Clan
        // del Golfo Norte": a clan named by more than a surname, before it, is no family's.
        if (core.Contains(' ') && head is "clan" && words[0] == "clan")
            yield break;
        // "the Ledesma organization" (or group) is the Ledesma clan: the family's organization. Alone, "the X
        // organization" says less (X may be a place or a boss), so it gets no family shapes of its own.
        if (head is "organization" or "organisation")
            yield break;
        yield return core + " organization";
        yield return core + " group";
        yield return core + " family";
        yield return core + " clan";
        yield return "familia " + core;
        yield return "clan " + core;
        if (!core.Contains(' '))
        {
            yield return core + "s";
            yield return core + "es";
        }
        // "the Quimbayas" and "the Quimbaya Ortúzars" for the Quimbaya Ortúzar family: a double surname's
        // plural is made on its first surname or on both.
        else if (core.Split(' ') is [var first, var second] && !NameWords.IsEveryday(second))
        {
            yield return first + "s";
            yield return first + "es";
            yield return core + "s";
        }
    }

    private static string Ordinal(string number) =>
        number + (number.EndsWith("11") || number.EndsWith("12") || number.EndsWith("13") ? "th"
            : number[^1] switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" });

    private void AddOneKey(EntityDraft entity, string key)
    {
        if (key.Length == 0 || !entity.Keys.Add(key))
            return;
        if (!byKey.TryGetValue(key, out var list))
            byKey[key] = list = [];
        if (!list.Contains(entity))
            list.Add(entity);
    }

    /// <summary>The one person named before <paramref name="before"/> whose Spanish or Portuguese nickname
    /// the English one (folded, article dropped) puts into English, else null.</summary>
    public EntityDraft? PersonByTranslatedNickname(string english, int before = int.MaxValue) =>
        Entities.Where(e => e.IsPerson && e.FirstStart < before && e.Nicknames.Any(n => TranslatedNicknames.Translates(n, english)))
            .Take(2).ToList() is [var owner] ? owner : null;

    /// <summary>Folds <paramref name="from"/> into <paramref name="into"/>: keys and mentions move over, and a
    /// person takes the longer name unless <paramref name="keepName"/> (a nickname folded into its owner).</summary>
    public void Merge(EntityDraft from, EntityDraft into, bool keepName = false)
    {
        if (from == into)
            return;
        foreach (var key in from.Keys)
        {
            byKey[key].Remove(from);
            AddKey(into, key);
        }
        into.Mentions.AddRange(from.Mentions);
        into.Nicknames.UnionWith(from.Nicknames);
        into.FirstStart = Math.Min(into.FirstStart, from.FirstStart);
        if (from.Name.Length > into.Name.Length && into.Kind == EntityKind.Person && !keepName)
            into.Name = from.Name;
        Entities.Remove(from);
    }

    public void Remove(EntityDraft entity)
    {
        foreach (var key in entity.Keys)
            byKey[key].Remove(entity);
        Entities.Remove(entity);
    }

    [GeneratedRegex(@"(?<=\p{L})-(?=\d)|(?<=\d)-(?=\p{L})")]
    private static partial Regex LetterDigitHyphen();

    /// <summary>Whether a word (a normalized key) is a surname of one of the text's people: any word of a name but
    /// its first ("the Ocampo brothers", "brothers Cristian and Lautaro Vera" after "Jonathan Vera Chóez").</summary>
    public bool IsSurnameOfSomeone(string key) =>
        Entities.Any(e => e.IsPerson && e.NameWords.Length >= 2 && e.NameWords.AsSpan(1).Contains(key));

    /// <summary>"Cumbre Negra" of the Cumbre Negra Cartel (Cártel de la Cumbre Negra): the one cartel whose name
    /// this is but for its "Cartel", unless a place or someone's surnames go by it too.</summary>
    // Asked of every name the rules read, so it compares keys in place rather than splitting them.
    public EntityDraft? CartelNamedWithout(string name)
    {
        string? key = null;
        EntityDraft? one = null;
        foreach (var group in Entities)
        {
            if (group.Kind != EntityKind.Group)
                continue;
            foreach (var k in group.Keys)
            {
                if (!k.Contains("cartel", StringComparison.Ordinal) || !IsCartelLess(k, key ??= KeyOf(name)))
                    continue;
                if (one is not null && one != group)
                    return null;
                one = group;
            }
        }
        if (one is null || NameWords.IsPlace(name))
            return null;
        var words = key!.Split(' ');
        return Entities.Any(e => e.IsPerson && e.NameWords.Length > words.Length && e.NameWords.AsSpan(e.NameWords.Length - words.Length).SequenceEqual(words)) ? null : one;
    }

    // "cumbre negra cartel", "cartel de la cumbre negra" for "cumbre negra".
    private static bool IsCartelLess(string key, string name)
    {
        if (IsNameAndCartel(key, name))
            return true;
        var rest = key.AsSpan();
        foreach (var opening in (ReadOnlySpan<string>)["cartel del ", "cartel de "])
        {
            if (!rest.StartsWith(opening, StringComparison.Ordinal))
                continue;
            rest = rest[opening.Length..];
            foreach (var article in (ReadOnlySpan<string>)["la ", "el ", "los ", "las "])
            {
                if (rest.StartsWith(article, StringComparison.Ordinal))
                    rest = rest[article.Length..];
            }
            return rest.SequenceEqual(name);
        }
        return false;
    }

    /// <summary>Whether the key is the name key followed by "cartel" ("cumbre negra cartel" of "cumbre negra").</summary>
    public static bool IsNameAndCartel(string key, string name) =>
        key.Length == name.Length + " cartel".Length && key.EndsWith(" cartel", StringComparison.Ordinal) && key.StartsWith(name, StringComparison.Ordinal);

    /// <summary>The family's group a text named with its surname: "the Mendieta family", "clan Mendieta".</summary>
    public EntityDraft? FamilyOf(string surname) =>
        FindOne(surname + " family", EntityKind.Group) ?? FindOne(surname + " clan", EntityKind.Group)
        ?? FindOne("Familia " + surname, EntityKind.Group) ?? FindOne("Clan " + surname, EntityKind.Group);

    /// <summary>The surnames a sibling named by first name takes from a relative: "Santiago Matus", said after
    /// "Rigoberto Santiago Matus", is all surnames, not a given name and a surname.</summary>
    public string SurnamesOf(EntityDraft relative)
    {
        var words = relative.NameWords;
        var shortened = words.Length == 2 && !GivenNames.Contains(words[0]) && Entities.Any(e => e.IsPerson && e != relative && e.NameWords.Length > words.Length
            && e.NameWords[^2] == words[0] && e.NameWords[^1] == words[1]);
        return shortened ? relative.Name : PersonNameRules.Surnames(relative.Name);
    }
}
