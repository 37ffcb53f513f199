using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Finds the English and Spanish versions of one piece after an import, so each article can
/// link to the other. The site publishes a translation within days of the original, and both name
/// the same people, groups and places (the Spanish names are aliases of the same entities), while
/// two different stories of the same days share only a few. An article whose version an editor chose
/// is never paired here.</summary>
internal static class LanguagePairs
{
    /// <summary>How far apart the two versions' dates may be.</summary>
    public const int MaxDaysApart = 3;
    /// <summary>Shared entities over all entities the two name (Jaccard): at least this much alike.</summary>
    public const double MinOverlap = 0.5;
    /// <summary>Two briefs naming one country and one cartel are not yet the same piece.</summary>
    public const int MinShared = 3;

    private sealed record Candidate(long Id, string Language, DateOnly Day, HashSet<long> Entities);

    /// <summary>Pairs the unpaired, dated articles written since <paramref name="since"/> with unpaired
    /// articles of the other language; returns how many pairs it made.</summary>
    public static async Task<int> PairAsync(ArchiveDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var touched = await db.Articles.AsNoTracking()
            .Where(a => a.UpdatedAt >= since && a.OtherLanguageId == null && a.PublishedOn != null
                && !a.EditedFields.Contains(ArticleEditorFields.OtherLanguage))
            .Select(a => a.PublishedOn!.Value)
            .ToListAsync(cancellationToken);
        if (touched.Count == 0)
            return 0;
        var (from, to) = (touched.Min().AddDays(-MaxDaysApart), touched.Max().AddDays(MaxDaysApart));
        var window = (await db.Articles.AsNoTracking()
                .Where(a => a.OtherLanguageId == null && a.PublishedOn >= from && a.PublishedOn <= to
                    && !a.EditedFields.Contains(ArticleEditorFields.OtherLanguage))
                .Select(a => new { a.Id, a.Language, a.UpdatedAt, Day = a.PublishedOn!.Value, Entities = a.Mentions.Select(m => m.EntityId).Distinct().ToList() })
                .ToListAsync(cancellationToken))
            .Select(a => (New: a.UpdatedAt >= since, Article: new Candidate(a.Id, a.Language, a.Day, [.. a.Entities])))
            .ToList();

        // Best matches first, each article in one pair at most.
        var byDay = window.ToLookup(c => c.Article.Day);
        var matches = window.Where(c => c.New)
            .SelectMany(c => Enumerable.Range(-MaxDaysApart, (2 * MaxDaysApart) + 1)
                .SelectMany(d => byDay[c.Article.Day.AddDays(d)])
                .Where(o => o.Article.Language != c.Article.Language && (!o.New || o.Article.Id > c.Article.Id))
                .Select(o => (A: c.Article, B: o.Article, Score: Overlap(c.Article.Entities, o.Article.Entities))))
            .Where(m => m.Score.Shared >= MinShared && m.Score.Jaccard >= MinOverlap)
            .OrderByDescending(m => m.Score.Jaccard).ThenBy(m => Math.Abs(m.A.Day.DayNumber - m.B.Day.DayNumber));
        var paired = new HashSet<long>();
        var pairs = new List<(long, long)>();
        foreach (var (a, b, _) in matches)
        {
            if (paired.Contains(a.Id) || paired.Contains(b.Id))
                continue;
            paired.Add(a.Id);
            paired.Add(b.Id);
            pairs.Add((a.Id, b.Id));
        }
        if (pairs.Count == 0)
            return 0;
        long[] ids = [.. pairs.Select(p => p.Item1), .. pairs.Select(p => p.Item2)];
        long[] others = [.. pairs.Select(p => p.Item2), .. pairs.Select(p => p.Item1)];
        // One statement for every pair, whatever the batch's size.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE articles AS a SET other_language_id = p.other
            FROM unnest({ids}::bigint[], {others}::bigint[]) AS p(id, other)
            WHERE a.id = p.id AND a.other_language_id IS NULL
            """, cancellationToken);
        return pairs.Count;
    }

    private static (int Shared, double Jaccard) Overlap(HashSet<long> a, HashSet<long> b)
    {
        var shared = a.Count(b.Contains);
        var all = a.Count + b.Count - shared;
        return (shared, all == 0 ? 0 : (double)shared / all);
    }
}
