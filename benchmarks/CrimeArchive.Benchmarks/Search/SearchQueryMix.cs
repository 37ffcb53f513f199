using System.Text;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The 50 queries the search benchmark runs, in Search/search-queries.txt: made once from the
/// corpus generator's own names and words (<c>search-queries</c> mode writes the file again), read by
/// every engine's benchmark so that all run the same mix.</summary>
public static class SearchQueryMix
{
    public const string FileName = "search-queries.txt";

    /// <summary>The mix from <paramref name="path"/>, by default the file copied beside the benchmark.</summary>
    public static IReadOnlyList<SearchQuery> Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "Search", FileName);
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        return [.. lines.Select((line, i) => SearchQuery.Parse(line, i + 1))];
    }

    /// <summary>The <c>search-queries</c> mode: writes the mix made from the generator into the source tree.</summary>
    public static void WriteSourceFile()
    {
        var path = Path.Combine(SearchCorpus.RepositoryRoot(), "benchmarks", "CrimeArchive.Benchmarks", "Search", FileName);
        var text = new StringBuilder()
            .AppendLine($"# The search benchmark's query mix, made from SearchCorpusGenerator v{SearchCorpusGenerator.Version} (seed 42) by the")
            .AppendLine("# search-queries mode. One query a line: QUERY [| FILTERS]  # category. QUERY is web-search syntax")
            .AppendLine("# (\"phrase\", -word, OR); FILTERS are country=NAME, year=YYYY or year=YYYY-YYYY, lang=en|es, kind=brief|analysis|investigation.");
        foreach (var query in Generate(new SearchCorpusGenerator()))
            text.AppendLine(query.ToLine());
        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"wrote {path}");
    }

    public static IReadOnlyList<SearchQuery> Generate(SearchCorpusGenerator generator)
    {
        var cast = generator.Cast;
        var groups = cast.Groups;
        var people = cast.People;
        // Popular names and names from the tail, with accents where the mix is about them.
        var accented = groups.Where(g => HasAccent(g.Stem)).ToList();
        var accentedPeople = people.Where(p => HasAccent(p.FullName)).ToList();
        var withAcronym = groups.Where(g => g.Acronym is not null).ToList();
        var los = groups.Where(g => g.Style == GroupStyle.Los).ToList();
        var english = generator.English;
        var spanish = generator.Spanish;
        var mexico = SearchPlaces.Countries[0];
        var queries = new List<(string Category, string Text, SearchFilters Filters)>
        {
            ("group name, accented", accented[0].EnglishName, SearchFilters.None),
            ("group name, Spanish", groups.Where(g => g.Style != GroupStyle.Los).ElementAt(3).SpanishName, SearchFilters.None),
            ("group name, Los", los[2].SpanishName, SearchFilters.None),
            ("group name, rare", groups[^5].EnglishName, SearchFilters.None),
            ("group name, unaccented", NameNormalizer.Fold(accented[1].SpanishName), SearchFilters.None),
            ("group name, unaccented", NameNormalizer.Fold(accented[^3].EnglishName).ToLowerInvariant(), SearchFilters.None),
            ("acronym", withAcronym[1].Acronym!, SearchFilters.None),
            ("acronym", withAcronym[30].Acronym!, SearchFilters.None),
            ("person", accentedPeople[0].FullName, SearchFilters.None),
            ("person", people[100].FullName, SearchFilters.None),
            ("person, unaccented", NameNormalizer.Fold(accentedPeople[5].FullName), SearchFilters.None),
            ("person, unaccented", NameNormalizer.Fold(accentedPeople[^10].FullName).ToLowerInvariant(), SearchFilters.None),
            ("nickname", people[2].Nickname, SearchFilters.None),
            ("nickname", people[150].Nickname, SearchFilters.None),
            ("surname", people[5].Surname, SearchFilters.None),
            ("surname", people[60].Surname, SearchFilters.None),
            ("common word", "cocaine", SearchFilters.None),
            ("common word", "extortion", SearchFilters.None),
            ("common word", "police", SearchFilters.None),
            ("common word", "narcotráfico", SearchFilters.None),
            ("common words", "prison violence", SearchFilters.None),
            ("rare word", english.Words[20_000], SearchFilters.None),
            ("rare word", english.Words[35_000], SearchFilters.None),
            ("rare word", english.Words[49_000], SearchFilters.None),
            ("rare word", spanish.Words[30_000], SearchFilters.None),
            ("rare words", $"{english.Words[12_000]} {english.Words[15_000]}", SearchFilters.None),
            ("phrase", "\"extradited to the United States\"", SearchFilters.None),
            ("phrase", $"\"{groups[0].SpanishName}\"", SearchFilters.None),
            ("phrase", "\"presunto líder\"", SearchFilters.None),
            ("phrase", $"\"{mexico.Cities[0]}, {mexico.English}\"", SearchFilters.None),
            ("phrase and word", $"\"{people[3].FullName}\" cocaine", SearchFilters.None),
            ("exclusion", $"{groups[0].EnglishName} -{groups[1].Acronym ?? groups[1].Stem}", SearchFilters.None),
            ("exclusion", $"cartel -{groups[0].Stem}", SearchFilters.None),
            ("exclusion", "cocaine -extortion", SearchFilters.None),
            ("exclusion", $"{people[0].Nickname} -{people[0].Surname}", SearchFilters.None),
            ("or", $"{people[1].Nickname} OR {people[7].Nickname}", SearchFilters.None),
            ("or", $"{withAcronym[4].Acronym} OR {withAcronym[9].Acronym}", SearchFilters.None),
            ("or", "extorsión OR secuestro", SearchFilters.None),
            ("or", $"{people[20].Surname} OR {people[40].Surname}", SearchFilters.None),
            ("misspelled", Misspell(accented[0].EnglishName, 1, 1), SearchFilters.None),
            ("misspelled", Misspell(groups[2].SpanishName, 1, 2), SearchFilters.None),
            ("misspelled", Misspell(people[4].FullName, 2, 3), SearchFilters.None),
            ("misspelled", Misspell(people[9].Nickname, 1, 4), SearchFilters.None),
            ("misspelled", Misspell(people[30].Surname, 2, 5), SearchFilters.None),
            ("filtered", "cartel", new SearchFilters(Country: mexico.English, YearFrom: 2015, YearTo: 2015)),
            ("filtered", groups[2].EnglishName, new SearchFilters(YearFrom: 2013, YearTo: 2016)),
            ("filtered", "extorsión", new SearchFilters(Language: "es")),
            ("filtered", people[3].Surname, new SearchFilters(Kind: CrimeArchive.Data.ArticleKind.Analysis)),
            ("filtered", "cocaine", new SearchFilters(Country: "Colombia", YearFrom: 2018, YearTo: 2018, Kind: CrimeArchive.Data.ArticleKind.Brief)),
            ("filtered", people[12].Nickname, new SearchFilters(Country: people[12].Group.Country.English)),
        };
        return [.. queries.Select((q, i) => new SearchQuery(i + 1, q.Category, q.Text, q.Filters))];
    }

    private static bool HasAccent(string text) => NameNormalizer.Fold(text) != text.ToLowerInvariant();

    // One or two letters of the name's longest word changed (a letter swapped with the next, or a
    // consonant replaced by another), as a reader misremembers it; the seed keeps the mix the same.
    private static string Misspell(string name, int letters, int seed)
    {
        var random = new Random(seed);
        var words = name.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var word = words[longest].ToCharArray();
        for (var n = 0; n < letters; n++)
        {
            var at = 1 + random.Next(word.Length - 2);
            const string consonants = "bcdfglmnprstvz";
            if (random.Next(2) == 0 || !consonants.Contains(word[at], StringComparison.Ordinal))
                (word[at], word[at + 1]) = (word[at + 1], word[at]);
            else
                word[at] = consonants.Replace(word[at].ToString(), "", StringComparison.Ordinal)[random.Next(consonants.Length - 1)];
        }
        words[longest] = new string(word);
        return string.Join(' ', words);
    }
}
