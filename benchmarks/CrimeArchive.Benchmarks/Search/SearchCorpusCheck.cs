using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Data.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>Imports a small generated corpus into a throwaway database and compares what the importer
/// made of it with what the generator meant: language, date, country, kind and title of every
/// article; which texts name each invented group and person; whether each one's names end up as
/// aliases of one entity; and which entities nobody invented.</summary>
internal static class SearchCorpusCheck
{
    private sealed record Stored(string Language, DateOnly? Date, string? Country, string Kind, string Title, int Length);

    private sealed record StoredEntity(long Id, string Kind, string Name, HashSet<string> Names, int Mentions);

    public static async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        var generator = new SearchCorpusGenerator();
        var texts = generator.Generate(count).ToList();
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Archive");
        await using var cluster = string.IsNullOrWhiteSpace(configured)
            ? await LocalPostgresCluster.StartAsync(Path.Combine(Path.GetTempPath(), $"crimearchive-searchcheck-pg-{Guid.NewGuid():N}"), throwaway: true, NullLogger.Instance, cancellationToken)
            : null;
        var connection = SearchImport.WithDatabase(configured ?? cluster!.ConnectionString("postgres"), $"searchcheck_{Guid.NewGuid():N}"[..24]);
        await CrimeArchive.Data.ArchiveDb.MigrateAsync(connection, cancellationToken);
        var import = await SearchImport.RunAsync(connection, texts, Console.Out, cancellationToken);
        Console.WriteLine($"{import.Summary} in {import.Elapsed.TotalSeconds:0.0} s");

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(cancellationToken);
        var stored = await ArticlesAsync(db, cancellationToken);
        CompareArticles(texts, stored);
        var entities = await EntitiesAsync(db, cancellationToken);
        var mentions = await MentionsAsync(db, cancellationToken);
        CompareEntities(generator.Cast, texts, entities, mentions);
    }

    private static void CompareArticles(List<SearchText> texts, Dictionary<string, Stored> stored)
    {
        var lengths = texts.Select(t => t.Text.Length).ToList();
        Console.WriteLine($"texts: {texts.Count}, {texts.Count(t => t.Language == "es")} Spanish; length min {lengths.Min()}, mean {lengths.Average():0}, max {lengths.Max()}");
        Report("no article", texts.Where(t => !stored.ContainsKey(t.FileName)).Select(t => t.FileName));
        var found = texts.Where(t => stored.ContainsKey(t.FileName)).Select(t => (Text: t, Stored: stored[t.FileName])).ToList();
        Report("language", found.Where(p => p.Stored.Language != p.Text.Language).Select(p => $"{p.Text.FileName}: {p.Stored.Language}"));
        Report("date", found.Where(p => p.Stored.Date != p.Text.Date).Select(p => $"{p.Text.FileName}: {p.Stored.Date} for {p.Text.Date}"));
        Report("country", found.Where(p => p.Stored.Country != p.Text.Country).Select(p => $"{p.Text.FileName}: {p.Stored.Country} for {p.Text.Country}"));
        Report("kind", found.Where(p => p.Stored.Kind != p.Text.Kind.ToString()).Select(p => $"{p.Text.FileName}: {p.Stored.Kind} for {p.Text.Kind}"));
        Report("title", found.Where(p => p.Stored.Title != p.Text.Title).Select(p => $"{p.Text.FileName}: '{p.Stored.Title}' for '{p.Text.Title}'"));
    }

    private static void CompareEntities(SearchCast cast, List<SearchText> texts, List<StoredEntity> entities, ILookup<string, long> mentions)
    {
        var groupIds = cast.Groups.ToDictionary(g => g, g => Matching(entities, "Group", g.Names.Append(g.Stem)));
        var personIds = cast.People.ToDictionary(p => p, p => Matching(entities, "Person", [p.FullName, p.Nickname]));
        int named = 0, found = 0;
        var missed = new List<string>();
        var missedNicknames = new List<string>();
        foreach (var text in texts)
        {
            var inText = mentions[text.FileName].ToHashSet();
            foreach (var group in text.Groups)
            {
                named++;
                if (groupIds[group].Overlaps(inText))
                    found++;
                else
                    missed.Add($"{text.FileName}: {group.EnglishName}");
            }
            foreach (var person in text.People)
            {
                named++;
                if (personIds[person].Overlaps(inText))
                    found++;
                else if (!Body(text).Contains(person.Surname, StringComparison.Ordinal) && !text.Text.Contains($"alias \"{person.Nickname}", StringComparison.Ordinal))
                    missedNicknames.Add($"{text.FileName}: {person.Nickname} ({person.FullName})");
                else
                    missed.Add($"{text.FileName}: {person.FullName}");
            }
        }
        Console.WriteLine($"invented entities a text names that the import ties to it: {found}/{named} ({100.0 * found / named:0.0}%)");
        Report("person named only by a nickname the text does not introduce, not tied", missedNicknames);
        Report("entity not tied to its text", missed);

        var used = texts.SelectMany(t => t.Groups).Distinct().ToList();
        Console.WriteLine($"groups named: {used.Count}; one entity each: {used.Count(g => groupIds[g].Count == 1)}; " +
            $"with every name as an alias: {used.Count(g => groupIds[g].Count == 1 && HasAll(entities, groupIds[g].First(), g.Names))}");
        Report("group split or missing", used.Where(g => groupIds[g].Count != 1).Select(g => $"{string.Join(" / ", g.Names)}: {Describe(entities, groupIds[g])}"));
        Report("group name not learned", used.Where(g => groupIds[g].Count == 1 && !HasAll(entities, groupIds[g].First(), g.Names))
            .Select(g => $"{string.Join(" / ", g.Names)} has {string.Join(", ", entities.First(e => e.Id == groupIds[g].First()).Names)}"));
        var people = texts.SelectMany(t => t.People).Distinct().ToList();
        Console.WriteLine($"people named: {people.Count}; one entity each: {people.Count(p => personIds[p].Count == 1)}; " +
            $"with surname and nickname: {people.Count(p => personIds[p].Count == 1 && HasAll(entities, personIds[p].First(), [p.Surname, p.Nickname]))}");
        Report("person without surname or nickname", people.Where(p => personIds[p].Count == 1 && !HasAll(entities, personIds[p].First(), [p.Surname, p.Nickname]))
            .Select(p => $"{p.FullName} '{p.Nickname}': {Describe(entities, personIds[p])}"));
        Report("person split or missing", people.Where(p => personIds[p].Count != 1).Select(p => $"{p.FullName} '{p.Nickname}': {Describe(entities, personIds[p])}"));

        var owners = groupIds.SelectMany(g => g.Value.Select(id => (Id: id, Owner: g.Key.EnglishName)))
            .Concat(personIds.SelectMany(p => p.Value.Select(id => (Id: id, Owner: p.Key.FullName))))
            .ToLookup(p => p.Id, p => p.Owner);
        Report("entity holding several invented entities' names", entities.Where(e => owners[e.Id].Count() > 1)
            .Select(e => $"{e.Kind} '{e.Name}' ({e.Mentions} mentions): {string.Join(", ", e.Names)}"));

        var invented = groupIds.Values.Concat(personIds.Values).SelectMany(ids => ids).ToHashSet();
        var stray = entities.Where(e => e.Kind != "Place" && !invented.Contains(e.Id)).OrderByDescending(e => e.Mentions).ToList();
        Console.WriteLine($"entities nobody invented: {stray.Count} (besides {entities.Count(e => e.Kind == "Place")} places)");
        Report("stray entity", stray.Select(e => $"{e.Kind} '{e.Name}' ({e.Mentions} mentions; {string.Join(", ", e.Names)})"));
        Console.WriteLine("places: " + string.Join(", ", entities.Where(e => e.Kind == "Place").OrderByDescending(e => e.Mentions).Select(e => $"{e.Name} {e.Mentions}")));
    }

    // An entity is one of an invented entity's when a name or alias of it is one of the invented names,
    // whatever the article in front ("the Peñaleros", "Los Peñaleros").
    private static HashSet<long> Matching(List<StoredEntity> entities, string kind, IEnumerable<string> names)
    {
        var keys = names.Select(Key).ToHashSet();
        return entities.Where(e => e.Kind == kind && e.Names.Overlaps(keys)).Select(e => e.Id).ToHashSet();
    }

    // After breadcrumb and kind line, title, byline: the title may name someone the body does not.
    private static string Body(SearchText text)
    {
        var at = 0;
        for (var i = 0; i < 3; i++)
            at = text.Text.IndexOf("\n\n", at, StringComparison.Ordinal) + 2;
        return text.Text[at..];
    }

    private static string Describe(List<StoredEntity> entities, HashSet<long> ids) => ids.Count == 0 ? "no entity"
        : string.Join("; ", entities.Where(e => ids.Contains(e.Id)).Select(e => $"{e.Name} ({e.Mentions} mentions: {string.Join(", ", e.Names)})"));

    private static bool HasAll(List<StoredEntity> entities, long id, IEnumerable<string> names) =>
        names.Select(Key).All(entities.First(e => e.Id == id).Names.Contains);

    private static string Key(string name)
    {
        var key = NameNormalizer.Normalize(name);
        foreach (var article in (ReadOnlySpan<string>)["the ", "el ", "la ", "los "])
        {
            if (key.StartsWith(article, StringComparison.Ordinal))
                return key[article.Length..];
        }
        return key;
    }

    private static void Report(string what, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count == 0)
            return;
        Console.WriteLine($"  {what}: {list.Count}");
        foreach (var line in list.Take(12))
            Console.WriteLine($"    {line}");
    }

    private static async Task<Dictionary<string, Stored>> ArticlesAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT s.file_name, a.language, a.published_on, a.country, a.kind, a.title, length(s.raw_text)
            FROM source_documents s JOIN articles a ON a.id = s.article_id
            """, db);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, Stored>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new Stored(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt32(6));
        }
        return result;
    }

    private static async Task<List<StoredEntity>> EntitiesAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.id, e.kind, e.name, array_append(array_agg(al.name) FILTER (WHERE al.id IS NOT NULL), e.name),
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
            FROM entities e LEFT JOIN aliases al ON al.entity_id = e.id
            GROUP BY e.id
            """, db);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<StoredEntity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredEntity(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<string[]>(3).Select(Key).ToHashSet(), (int)reader.GetInt64(4)));
        }
        return result;
    }

    private static async Task<ILookup<string, long>> MentionsAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT DISTINCT s.file_name, m.entity_id FROM mentions m JOIN source_documents s ON s.id = m.source_document_id
            """, db);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new List<(string File, long Entity)>();
        while (await reader.ReadAsync(cancellationToken))
            pairs.Add((reader.GetString(0), reader.GetInt64(1)));
        return pairs.ToLookup(p => p.File, p => p.Entity);
    }
}
