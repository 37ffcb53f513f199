using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Profiles;

/// <summary>What the published articles say of one entity, read in one query: its articles per year
/// (the chart and the year headings), one page of those articles, and the entities named in the same
/// sentences (the places of a group, the groups and people of a place).</summary>
internal static class ProfileListing
{
    /// <summary>Per kind: enough to show where a group works without turning the profile into an index.</summary>
    public const int LinkedPerKind = 12;

    public sealed record Read(IReadOnlyList<YearCount> Years, PagedList<MentioningArticle> Articles, IReadOnlyList<LinkedEntity> Linked);

    private enum Part { Year, Article, Linked }

    public static async Task<Read> ReadAsync(ArchiveDbContext db, long id, long recentFrom, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var articles = db.Articles.Published().Where(a => a.Mentions.Any(m => m.EntityId == id));
        var years = articles
            .GroupBy(a => a.PublishedOn == null ? (int?)null : a.PublishedOn.Value.Year)
            .Select(g => new Row { Part = Part.Year, Year = g.Key, Count = g.Count(), Slug = "", Name = "", PublishedOn = null, Kind = null });
        var page = articles.NewestFirst()
            .Skip((pageNumber - 1) * pageSize).Take(pageSize + 1)
            .Select(a => new Row
            {
                Part = Part.Article, Slug = a.Slug, Name = a.Title, PublishedOn = a.PublishedOn, Year = a.YearHint,
                Count = a.Mentions.Count(m => m.EntityId == id), Kind = null,
            });
        var query = EntityKinds.All.Select(k => Linked(db, id, k.Kind, recentFrom)).Aggregate((all, next) => all.Concat(next))
            .Concat(years).Concat(page);
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);

        var pageRows = rows.Where(r => r.Part == Part.Article).ToList();
        return new Read(
            [.. rows.Where(r => r.Part == Part.Year).OrderByDescending(r => r.Year.HasValue).ThenBy(r => r.Year).Select(r => new YearCount(r.Year, r.Count))],
            new PagedList<MentioningArticle>(
                [.. pageRows.Take(pageSize).Select(r => new MentioningArticle(r.Slug, r.Name, r.PublishedOn, r.Year, r.Count))],
                pageNumber, pageRows.Count > pageSize),
            [.. rows.Where(r => r.Part == Part.Linked).OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.CurrentCulture)
                .Select(r => new LinkedEntity(r.Kind!.Value, r.Slug, r.Name, r.Count))]);
    }

    /// <summary>Entities of one kind named in a sentence that names this one, in a published article or
    /// a profile text, most often first; among articles, only the latest ones that name it count, so the
    /// cost stays bounded for an entity named a hundred thousand times.</summary>
    private static IQueryable<Row> Linked(ArchiveDbContext db, long id, EntityKind kind, long recentFrom) =>
        // A join written as a filter: EF then compares the source texts with a plain "=", which the
        // sentence index serves (a join key would add a NULL-matching OR that no index can).
        (from m in db.Mentions
         where m.EntityId == id && m.SourceDocumentId != null
             && (m.ArticleId == null || (m.ArticleId >= recentFrom && m.Article!.Status == ArticleStatus.Published))
         from o in db.Mentions
         where o.SourceDocumentId == m.SourceDocumentId && o.SentenceStart == m.SentenceStart && o.EntityId != id && o.Entity!.Kind == kind
         select new { o.EntityId, o.Entity!.Kind, o.Entity.Slug, o.Entity.Name })
        .GroupBy(o => o)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name)
        .Take(LinkedPerKind)
        .Select(g => new Row
        {
            Part = Part.Linked, Year = 0, Kind = g.Key.Kind, Slug = g.Key.Slug, Name = g.Key.Name, Count = g.Count(),
            PublishedOn = NoDate,
        });

    /// <summary>A typed stand-in for "no date": PostgreSQL types a bare NULL inside a limited UNION
    /// operand as text, which would not match the date column of the articles part.</summary>
    private static readonly DateOnly NoDate = DateOnly.MinValue;

    /// <summary>One row shape for the three lists, matched by member in the UNION: every part sets
    /// every member, as a set operation needs; the linked parts fill the year and date with typed
    /// stand-ins (see <see cref="NoDate"/>).</summary>
    private sealed class Row
    {
        public Part Part { get; init; }
        public int? Year { get; init; }
        public int Count { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public DateOnly? PublishedOn { get; init; }
        public EntityKind? Kind { get; init; }
    }
}
