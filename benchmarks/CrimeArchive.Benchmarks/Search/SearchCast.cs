using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Benchmarks.Search;

public enum GroupStyle { Cartel, Clan, Los }

/// <summary>An invented criminal group. A cartel or clan has an English name, a Spanish name and
/// usually an acronym ("Tamarón Cartel", "Cartel de Tamarón", "CTM"); a "Los" group is "Los
/// Peñaleros" in Spanish and "the Peñaleros" in English.</summary>
public sealed record SearchGroup(int Rank, GroupStyle Style, string Stem, string? Acronym, SearchCountry Country)
{
    public string EnglishName => Style switch
    {
        GroupStyle.Cartel => $"{Stem} Cartel",
        GroupStyle.Clan => $"{Stem} Clan",
        _ => Stem,
    };

    public string SpanishName => Style switch
    {
        GroupStyle.Cartel => $"Cartel de {Stem}",
        GroupStyle.Clan => $"Clan del {Stem}",
        _ => $"Los {Stem}",
    };

    public IReadOnlyList<string> Names => Acronym is null ? [EnglishName, SpanishName] : [EnglishName, SpanishName, Acronym];
}

/// <summary>An invented person: a real first name, one or two invented surnames and a nickname,
/// named in texts by full name, paternal surname or nickname.</summary>
public sealed record SearchPerson(int Rank, string FirstName, string Surnames, string Nickname, SearchGroup Group)
{
    public string FullName => $"{FirstName} {Surnames}";

    /// <summary>The paternal surname, the one a text uses alone.</summary>
    public string Surname => Surnames.Split(' ')[0];
}

/// <summary>The invented groups and people of the search corpus and their popularity: rank 0 is
/// in the most texts, and a text's chance to name rank r falls as 1/(r+1).</summary>
public sealed class SearchCast
{
    private static readonly string[] MaleNames = ["Ramiro", "Héctor", "Andrés", "Camilo", "Wilmer", "Omar", "Dairo", "Fredy", "Marlon", "Yesid", "Gustavo", "Edgar", "Rigoberto", "Efraín", "Jairo", "Arnulfo", "Ovidio", "Servando", "Heriberto", "Fausto", "Rodolfo", "Leonel", "Iván", "Óscar", "Alcides", "Aurelio", "Jhon", "Eliécer", "Gonzalo", "Ismael"];
    private static readonly string[] FemaleNames = ["Elena", "Marisol", "Yolanda", "Sandra", "Leidy", "Dayana", "Griselda", "Zulema", "Nubia", "Mireya", "Esperanza", "Rocío"];
    private static readonly string[] PluralEndings = ["eños", "eros", "anos", "itos", "ones", "ales", "udos", "illos"];

    private readonly ZipfSampler groupPopularity;
    private readonly ZipfSampler personPopularity;
    private readonly Dictionary<SearchGroup, List<SearchPerson>> members;

    private SearchCast(List<SearchGroup> groups, List<SearchPerson> people, List<string> authors)
    {
        Groups = groups;
        People = people;
        Authors = authors;
        groupPopularity = new ZipfSampler(groups.Count);
        personPopularity = new ZipfSampler(people.Count);
        members = groups.ToDictionary(g => g, g => people.Where(p => p.Group == g).ToList());
    }

    /// <summary>Most popular first.</summary>
    public IReadOnlyList<SearchGroup> Groups { get; }

    /// <summary>Most popular first.</summary>
    public IReadOnlyList<SearchPerson> People { get; }

    public IReadOnlyList<string> Authors { get; }

    public SearchGroup PickGroup(Random random) => Groups[groupPopularity.Sample(random)];

    public SearchPerson PickPerson(Random random) => People[personPopularity.Sample(random)];

    /// <summary>A member of the group, the group's better-known members more often; null when it has none.</summary>
    public SearchPerson? PickMember(SearchGroup group, Random random)
    {
        var list = members[group];
        return list.Count == 0 ? null : list[new ZipfSampler(list.Count).Sample(random)];
    }

    public static SearchCast Create(Random random, HashSet<string> taken, int groupCount = 120, int personCount = 280)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<SearchGroup>();
        while (groups.Count < groupCount)
        {
            var style = random.NextDouble() switch { < 0.42 => GroupStyle.Cartel, < 0.62 => GroupStyle.Clan, _ => GroupStyle.Los };
            var stem = style == GroupStyle.Los ? Plural(PseudoWords.NameStem(random), random) : PseudoWords.NameStem(random);
            if (!SearchVocabulary.TryClaim(stem, taken))
                continue;
            groups.Add(new SearchGroup(groups.Count, style, stem, style == GroupStyle.Los ? null : Acronym(stem, acronyms, taken), SearchPlaces.PickCountry(random)));
        }

        var groupPopularity = new ZipfSampler(groups.Count);
        var firstNames = MaleNames.Concat(FemaleNames).Where(n => !Gazetteer.Default.IsEverydayWord(n)).ToList();
        var people = new List<SearchPerson>();
        while (people.Count < personCount)
        {
            var first = firstNames[random.Next(firstNames.Count)];
            string[] surnames = random.Next(2) == 0 ? [Stem(random, taken)] : [Stem(random, taken), Stem(random, taken)];
            // A nickname ending in -s would read as a group's plural name ("El Tamuros").
            var stem = Stem(random, taken, plural: false);
            var article = FemaleNames.Contains(first) ? "La" : "El";
            var nickname = random.NextDouble() < 0.7 ? $"{article} {stem}" : stem;
            people.Add(new SearchPerson(people.Count, first, string.Join(' ', surnames), nickname, groups[groupPopularity.Sample(random)]));
        }

        var authors = Enumerable.Range(0, 40).Select(_ => $"{firstNames[random.Next(firstNames.Count)]} {Stem(random, taken)}").ToList();
        return new SearchCast(groups, people, authors);
    }

    private static string Stem(Random random, HashSet<string> taken, bool plural = true)
    {
        while (true)
        {
            var stem = PseudoWords.NameStem(random);
            if ((plural || !stem.EndsWith('s')) && SearchVocabulary.TryClaim(stem, taken))
                return stem;
        }
    }

    // "Peñal" + "eros": the root loses its last vowel to the plural ending.
    private static string Plural(string root, Random random)
    {
        var trimmed = NameNormalizer.Fold(root[^1..]) is "a" or "e" or "i" or "o" or "u" ? root[..^1] : root;
        return trimmed + PluralEndings[random.Next(PluralEndings.Length)];
    }

    // "C" and the stem's first letter and next consonant, unaccented: "Tamarón" → "CTM". A clash
    // with another group's acronym or any known word leaves the group without one.
    private static string? Acronym(string stem, HashSet<string> acronyms, HashSet<string> taken)
    {
        var folded = NameNormalizer.Fold(stem).ToUpperInvariant();
        var consonant = folded.Skip(1).FirstOrDefault(c => c is >= 'A' and <= 'Z' && !"AEIOU".Contains(c));
        if (consonant == default)
            return null;
        var acronym = $"C{folded[0]}{consonant}";
        return acronyms.Add(acronym) && SearchVocabulary.TryClaim(acronym, taken) ? acronym : null;
    }
}
