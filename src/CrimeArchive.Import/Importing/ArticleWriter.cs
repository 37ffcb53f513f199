using System.Security.Cryptography;
using System.Text;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Makes or updates the article a text is. A changed copy of an imported file updates its
/// article in place; another capture of an article already in the archive (same body give or take
/// a paragraph, whatever its chrome) joins that article, keeping the richer metadata.</summary>
internal sealed class ArticleWriter(ArchiveDbContext db, ImportBatch batch, IdBlocks ids, DateTimeOffset now)
{
    private const double SameBodyShare = 0.75;

    public async Task<(Article Article, ImportStatus Status, string? Detail)> WriteAsync(
        ParsedDocument doc, long? previousArticleId, CancellationToken cancellationToken)
    {
        var paragraphs = doc.Body.Concat(doc.Analysis).Select(b => b.Text).ToList();
        var fingerprint = Fingerprint(doc.Body.Count > 0 ? doc.Body[0].Text : "");

        if (previousArticleId is { } id && await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } previous)
        {
            Overwrite(previous, doc, fingerprint);
            return (previous, ImportStatus.Updated, null);
        }

        var sameLead = batch.ArticlesWithFingerprint(fingerprint);
        var candidates = sameLead.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => sameLead.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var same = candidates.FirstOrDefault(a => SameBody(paragraphs, ParagraphsOf(a)));
        if (same is not null)
        {
            MergeRicher(same, doc);
            return (same, ImportStatus.Duplicate, $"duplicate of {same.Slug}");
        }

        var article = new Article
        {
            Id = await ids.NextAsync(IdBlocks.Articles, cancellationToken),
            Slug = "",
            Title = "",
            LeadFingerprint = fingerprint,
            CreatedAt = now,
        };
        Overwrite(article, doc, fingerprint);
        return (article, ImportStatus.Imported, null);
    }

    /// <summary>The slug follows the title (a derived headline replaced by the real one changes it);
    /// a clash gets -2, -3…</summary>
    public void AssignSlug(Article article)
    {
        var stem = Slugs.From(article.Title);
        if (article.Slug == stem || article.Slug.StartsWith(stem + "-", StringComparison.Ordinal))
            return;
        for (var n = 1; ; n++)
        {
            var slug = n == 1 ? stem : $"{stem}-{n}";
            if (batch.ArticleSlugs.Add(slug))
            {
                article.Slug = slug;
                return;
            }
        }
    }

    /// <summary>The article as this writer left it: inserted, or its importer-owned columns updated.
    /// An editor's status stays, and so does every field an editor changed: the row's own list of them
    /// is read under the update's row lock, so an editor's save that commits first is never undone.</summary>
    public static void Append(WriteBatch sql, Article a) =>
        sql.Add(UpsertSql,
            a.Id, a.Slug, a.Kind.ToString(), a.Title, a.TitleDerived, a.Lead, a.BodyMarkdown, a.AnalysisMarkdown, a.PublishedOn, a.YearHint,
            a.Author, a.Country, a.Tags.ToArray(), a.Language, a.Status.ToString(), a.LeadFingerprint, a.CreatedAt, a.UpdatedAt);

    private static readonly string UpsertSql = $"""
        INSERT INTO articles (id, slug, kind, title, title_derived, lead, body_markdown, analysis_markdown, published_on, year_hint,
                              author, country, tags, language, status, lead_fingerprint, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text, $9::date, $10::int, $11::text, $12::text, $13, $14, $15, $16, $17, $18)
        ON CONFLICT (id) DO UPDATE SET
            {string.Join(",\n    ", ArticleEditorFields.Columns.SelectMany(field => field.Value.Select(column =>
                $"{column} = CASE WHEN '{field.Key}' = ANY(articles.edited_fields) THEN articles.{column} ELSE EXCLUDED.{column} END")))},
            updated_at = EXCLUDED.updated_at
        """;

    private void Overwrite(Article article, ParsedDocument doc, string fingerprint)
    {
        article.Kind = KindOf(doc.Kind);
        article.Title = doc.Title ?? DerivedTitle(doc);
        article.TitleDerived = doc.Title is null || doc.TitleDerived;
        article.Lead = doc.Body.Count > 0 ? doc.Body[0].Text.Trim() : "";
        article.BodyMarkdown = MarkdownText.Paragraphs(doc.Body);
        article.AnalysisMarkdown = doc.Analysis.Count > 0 ? MarkdownText.Paragraphs(doc.Analysis) : null;
        article.PublishedOn = doc.Date;
        article.YearHint = doc.Date is null ? doc.YearHint : null;
        article.Author = doc.Author;
        article.Country = doc.Country;
        article.Tags = [.. doc.Tags];
        article.Language = doc.Language;
        article.LeadFingerprint = fingerprint;
        article.UpdatedAt = now;
    }

    /// <summary>Field by field, the value that says more wins, so that two captures give the same
    /// article whichever is imported first.</summary>
    private void MergeRicher(Article article, ParsedDocument doc)
    {
        if (article.TitleDerived && doc.Title is not null && !doc.TitleDerived)
        {
            article.Title = doc.Title;
            article.TitleDerived = false;
        }
        article.PublishedOn ??= doc.Date;
        article.YearHint = article.PublishedOn is null ? Max(article.YearHint, doc.YearHint) : null;
        article.Author ??= doc.Author;
        article.Country ??= doc.Country;
        article.Tags = [.. article.Tags.Union(doc.Tags).Order(StringComparer.Ordinal)];
        if (doc.Kind is DocumentKind.Analysis or DocumentKind.Investigation && article.Kind == ArticleKind.Brief && !article.TitleDerived)
            article.Kind = KindOf(doc.Kind);
        var body = MarkdownText.Paragraphs(doc.Body);
        if (body.Length > article.BodyMarkdown.Length)
            article.BodyMarkdown = body;
        var analysis = doc.Analysis.Count > 0 ? MarkdownText.Paragraphs(doc.Analysis) : null;
        if ((analysis?.Length ?? 0) > (article.AnalysisMarkdown?.Length ?? 0))
            article.AnalysisMarkdown = analysis;
        article.UpdatedAt = now;
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static ArticleKind KindOf(DocumentKind? kind) => kind switch
    {
        DocumentKind.Analysis => ArticleKind.Analysis,
        DocumentKind.Investigation => ArticleKind.Investigation,
        _ => ArticleKind.Brief,
    };

    private static string DerivedTitle(ParsedDocument doc)
    {
        var lead = doc.Body.Count > 0 ? doc.Body[0].Text : "Untitled";
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10);
        return string.Join(' ', words).TrimEnd(',', '.', ';', ':');
    }

    private static List<string> ParagraphsOf(Article a) =>
        [.. $"{a.BodyMarkdown}\n\n{a.AnalysisMarkdown}".Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Replace("\\", "", StringComparison.Ordinal))];

    internal static bool SameBody(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var x = a.Select(Comparable).Where(p => p.Length > 0).ToHashSet();
        var y = b.Select(Comparable).Where(p => p.Length > 0).ToHashSet();
        if (x.Count == 0 || y.Count == 0)
            return false;
        var shared = x.Count(y.Contains);
        return shared >= SameBodyShare * Math.Min(x.Count, y.Count);
    }

    internal static string Fingerprint(string lead) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Comparable(lead))))[..32];

    /// <summary>Letters and digits only, normalized: captures differ in quotes, spaces and stray marks.</summary>
    private static string Comparable(string paragraph)
    {
        var normalized = NameNormalizer.Normalize(paragraph);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
