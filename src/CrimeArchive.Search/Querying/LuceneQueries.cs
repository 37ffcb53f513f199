using System.Globalization;
using CrimeArchive.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrimeArchive.Search.Querying;

/// <summary>Turns resolved clauses into Lucene queries: each word or phrase is looked for in the
/// English and the Spanish fields, analysed as each language would (titles weigh more), and an
/// entity the clause names matches every article that mentions it.</summary>
internal static class LuceneQueries
{
    private static readonly (string Field, Analyzer Analyzer, float Boost)[] ProseFields =
    [
        (SearchFields.BodyEnglish, ArchiveAnalyzers.English, 1f),
        (SearchFields.TitleEnglish, ArchiveAnalyzers.English, 2.5f),
        (SearchFields.BodySpanish, ArchiveAnalyzers.Spanish, 1f),
        (SearchFields.TitleSpanish, ArchiveAnalyzers.Spanish, 2.5f),
    ];

    // Far below BooleanQuery's clause limit, whatever the query and however many names its entities have.
    private const int MaxHighlighted = 100;

    /// <summary>The query for the groups, or null when no group has anything to search for.</summary>
    public static Query? Match(IReadOnlyList<ResolvedGroup> groups)
    {
        var query = new BooleanQuery();
        var positive = 0;
        foreach (var group in groups)
        {
            var alternatives = group.Alternatives.Select(Clause).OfType<Query>().ToList();
            if (alternatives.Count == 0)
                continue;
            var either = alternatives.Count == 1 ? alternatives[0] : Any(alternatives);
            query.Add(either, group.Negated ? Occur.MUST_NOT : Occur.MUST);
            if (!group.Negated)
                positive++;
        }
        if (query.Clauses.Count == 0)
            return null;
        // Only exclusions: everything but them.
        if (positive == 0)
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        // One group alone needs no wrapping: a scorer less on every match.
        return query.Clauses is [{ Occur: Occur.MUST } only] ? only.Query : query;
    }

    /// <summary>What to mark in a snippet: the clauses' words as the text's language analyses them,
    /// and every name of the entities they name.</summary>
    public static Query Highlight(IReadOnlyList<ResolvedGroup> groups, Analyzer analyzer, string field)
    {
        var query = new BooleanQuery();
        var texts = groups.Where(g => !g.Negated).SelectMany(g => g.Alternatives)
            .SelectMany(c => c.Entities.SelectMany(e => e.Names).Prepend(c.Text))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxHighlighted);
        foreach (var text in texts)
        {
            if (Terms(field, ArchiveAnalyzers.Terms(analyzer, field, text)) is { } q)
                query.Add(q, Occur.SHOULD);
        }
        return query;
    }

    public static Query Any(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries)
            any.Add(q, Occur.SHOULD);
        return any;
    }

    private static Query? Clause(Clause clause)
    {
        var query = new BooleanQuery();
        // A stretch of several words that names an entity needs no phrase search through bodies (the
        // costliest query there is): the importer files every mention of a known name, so the entity's
        // id finds those texts. One word is cheap to look for, and rewards texts that use the name typed.
        AddProse(query, clause.Text, 1f, titlesOnly: clause.Entities.Count > 0 && clause.Text.Contains(' ', StringComparison.Ordinal));
        // Articles mentioning the entity match whatever name they use; the index counts its
        // mentions in each, so those that keep naming it rank first.
        foreach (var entity in clause.Entities)
        {
            var id = entity.Id.ToString(CultureInfo.InvariantCulture);
            query.Add(new TermQuery(new Term(SearchFields.Entity, id)) { Boost = 2f }, Occur.SHOULD);
            // A title that names the entity, under whichever name, says what the article is about.
            query.Add(new TermQuery(new Term(SearchFields.TitleEntity, id)) { Boost = 2f }, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private static void AddProse(BooleanQuery query, string text, float weight, bool titlesOnly = false)
    {
        foreach (var (field, analyzer, boost) in ProseFields)
        {
            if (titlesOnly && field is not (SearchFields.TitleEnglish or SearchFields.TitleSpanish))
                continue;
            if (Terms(field, ArchiveAnalyzers.Terms(analyzer, field, text)) is { } q)
            {
                q.Boost = boost * weight;
                query.Add(q, Occur.SHOULD);
            }
        }
    }

    private static Query? Terms(string field, List<string> terms)
    {
        if (terms.Count == 0)
            return null;
        if (terms.Count == 1)
            return new TermQuery(new Term(field, terms[0]));
        var phrase = new PhraseQuery();
        foreach (var term in terms)
            phrase.Add(new Term(field, term));
        return phrase;
    }
}
