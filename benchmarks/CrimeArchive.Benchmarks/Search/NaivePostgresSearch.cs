using System.Diagnostics;
using System.Text;
using Npgsql;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The baseline a search page would start with, without any search engine: PostgreSQL full
/// text over title, body and analysis with <c>websearch_to_tsquery</c>, an expression GIN index, every
/// match ranked by <c>ts_rank_cd</c>, the total by a window <c>count(*) OVER ()</c>, and
/// <c>ts_headline</c> over the whole text of the ten shown. The 'simple' configuration with unaccent
/// folds accents for both languages alike; it neither stems nor drops stop words.</summary>
public sealed class NaivePostgresSearch(NpgsqlConnection connection)
{
    private const string Config = "bench_simple_unaccent";
    // The query must spell the indexed expression exactly for the planner to use the index.
    private static string DocumentOf(string table) =>
        $"to_tsvector('{Config}'::regconfig, {table}title || ' ' || {table}body_markdown || ' ' || coalesce({table}analysis_markdown, ''))";

    private static readonly string Document = DocumentOf("a.");
    private const string WholeText = "a.body_markdown || ' ' || coalesce(a.analysis_markdown, '')";

    /// <summary>The <c>search-naive</c> mode: the mix timed over the corpus of <paramref name="count"/> texts.</summary>
    public static async Task RunAsync(int count, int passes = 3, CancellationToken cancellationToken = default)
    {
        await using var corpus = await SearchCorpus.OpenAsync(count, cancellationToken);
        await using var connection = new NpgsqlConnection(corpus.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var search = new NaivePostgresSearch(connection);
        await search.EnsureIndexAsync(Console.Out, cancellationToken);
        var mix = SearchQueryMix.Load();
        var timings = await SearchTiming.MeasureAsync($"naive PostgreSQL, {count:N0} texts", mix,
            async (query, token) => (await search.SearchAsync(query, token)).Total, passes, progress: Console.Out, cancellationToken: cancellationToken);
        timings.Print(Console.Out);
    }

    /// <summary>Creates the accent-folding configuration and the expression index the first time.</summary>
    public async Task EnsureIndexAsync(TextWriter log, CancellationToken cancellationToken)
    {
        if (await ScalarAsync("SELECT 1 FROM pg_ts_config WHERE cfgname = @name", cancellationToken, ("name", Config)) is null)
        {
            await ExecuteAsync($"CREATE TEXT SEARCH CONFIGURATION {Config} (COPY = simple)", cancellationToken);
            await ExecuteAsync($"ALTER TEXT SEARCH CONFIGURATION {Config} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple", cancellationToken);
        }
        if (await ScalarAsync("SELECT 1 FROM pg_indexes WHERE indexname = 'bench_articles_fts'", cancellationToken) is not null)
            return;
        var clock = Stopwatch.StartNew();
        await ExecuteAsync("SET maintenance_work_mem = '512MB'", cancellationToken);
        await ExecuteAsync($"CREATE INDEX bench_articles_fts ON articles USING gin (({DocumentOf("")}))", cancellationToken);
        await ExecuteAsync("ANALYZE articles", cancellationToken);
        var size = await ScalarAsync("SELECT pg_size_pretty(pg_relation_size('bench_articles_fts'))", cancellationToken);
        log.WriteLine($"created the GIN index bench_articles_fts ({size}) in {clock.Elapsed.TotalSeconds:N0} s");
    }

    public sealed record Hit(long ArticleId, string Title, float Rank, string Headline);

    public sealed record Result(long Total, IReadOnlyList<Hit> Top);

    /// <summary>One round trip: the ten best matches with their headlines, and how many match in all.
    /// Every value is a parameter; only the fixed clauses of the filters given are added.</summary>
    public async Task<Result> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var filters = query.Filters;
        var where = new StringBuilder($"{Document} @@ q.query");
        await using var command = new NpgsqlCommand { Connection = connection, CommandTimeout = 0 };
        command.Parameters.AddWithValue("query", query.Text);
        if (filters.Country is { } country)
        {
            where.Append(" AND a.country = @country");
            command.Parameters.AddWithValue("country", country);
        }
        if (filters.From is { } from && filters.Before is { } before)
        {
            where.Append(" AND a.published_on >= @from AND a.published_on < @before");
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("before", before);
        }
        if (filters.Language is { } language)
        {
            where.Append(" AND a.language = @language");
            command.Parameters.AddWithValue("language", language);
        }
        if (filters.Kind is { } kind)
        {
            where.Append(" AND a.kind = @kind");
            command.Parameters.AddWithValue("kind", kind.ToString());
        }
        command.CommandText = $"""
            WITH top AS (
                SELECT a.id, a.title, {WholeText} AS text, q.query, ts_rank_cd({Document}, q.query) AS rank, count(*) OVER () AS total
                FROM articles a, websearch_to_tsquery('{Config}'::regconfig, @query) AS q(query)
                WHERE {where}
                ORDER BY rank DESC, a.id
                LIMIT 10
            )
            SELECT id, title, rank, total, ts_headline('{Config}'::regconfig, text, query, 'MaxFragments=2, MinWords=8, MaxWords=25')
            FROM top ORDER BY rank DESC, id
            """;
        var top = new List<Hit>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            top.Add(new Hit(reader.GetInt64(0), reader.GetString(1), reader.GetFloat(2), reader.GetString(4)));
            total = reader.GetInt64(3);
        }
        return new Result(total, top);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
