using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>What one import batch needs to know about the archive, read once at its start and kept
/// current as files are saved, so that a file costs one write and no look-ups. Safe because the
/// batch holds the import lock: no other importer writes meanwhile.</summary>
internal sealed class ImportBatch
{
    private readonly HashSet<string> checksums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CurrentSource> currentByFileName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> articlesByFingerprint = new(StringComparer.Ordinal);

    private ImportBatch(EntityIndex entities) => Entities = entities;

    public EntityIndex Entities { get; }
    public HashSet<string> ArticleSlugs { get; } = new(StringComparer.Ordinal);
    /// <summary>"Kind/slug" of every entity.</summary>
    public HashSet<string> EntitySlugs { get; } = new(StringComparer.Ordinal);

    public sealed record CurrentSource(long Id, long? ArticleId);

    public static async Task<ImportBatch> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch(await EntityIndex.LoadAsync(db, cancellationToken));
        var sources = await db.SourceDocuments.AsNoTracking()
            .Select(s => new { s.Id, s.FileName, s.Checksum, s.ArticleId, Current = s.SupersededById == null })
            .ToListAsync(cancellationToken);
        batch.startedNonEmpty = sources.Count > 0;
        foreach (var s in sources)
        {
            batch.checksums.Add(s.Checksum);
            if (s.Current)
                batch.currentByFileName[s.FileName] = new CurrentSource(s.Id, s.ArticleId);
        }
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Slug, a.LeadFingerprint }).ToListAsync(cancellationToken);
        foreach (var a in articles)
        {
            batch.ArticleSlugs.Add(a.Slug);
            batch.AddFingerprint(a.LeadFingerprint, a.Id);
        }
        foreach (var e in await db.Entities.AsNoTracking().Select(e => new { e.Kind, e.Slug }).ToListAsync(cancellationToken))
            batch.EntitySlugs.Add($"{e.Kind}/{e.Slug}");
        return batch;
    }

    public bool HasChecksum(string checksum) => checksums.Contains(checksum);

    /// <summary>Whether the archive held any text when the batch began: only then can older texts need relinking.</summary>
    public bool StartedNonEmpty => startedNonEmpty;

    /// <summary>Texts read in this batch, kept for relinking: a name learned later may occur in them.</summary>
    public Dictionary<long, ReadText> Read { get; } = [];

    public sealed class ReadText(long sourceId, string text)
    {
        public long SourceId { get; } = sourceId;
        public string Text { get; } = text;
        /// <summary>Where this text's mentions are, start and end.</summary>
        public List<(int Start, int End)> Mentions { get; } = [];
    }

    private readonly List<string> learned = [];
    private bool startedNonEmpty;

    /// <summary>A name the archive did not know before; texts that contain it may read differently now.</summary>
    public void Learned(string surface) => learned.Add(surface);

    public List<string> TakeLearned()
    {
        var taken = learned.ToList();
        learned.Clear();
        return taken;
    }

    public void Remember(SourceDocument source, IEnumerable<(int Start, int End)> mentions)
    {
        if (!Read.TryGetValue(source.Id, out var read))
            Read[source.Id] = read = new ReadText(source.Id, source.RawText);
        read.Mentions.Clear();
        read.Mentions.AddRange(mentions);
    }

    public CurrentSource? CurrentSourceOf(string fileName) => currentByFileName.GetValueOrDefault(fileName);

    public IReadOnlyList<long> ArticlesWithFingerprint(string fingerprint) =>
        articlesByFingerprint.TryGetValue(fingerprint, out var ids) ? ids : [];

    /// <summary>Called after a file's save has committed.</summary>
    public void Saved(SourceDocument source, Article? article)
    {
        checksums.Add(source.Checksum);
        currentByFileName[source.FileName] = new CurrentSource(source.Id, article?.Id);
        if (article is not null)
        {
            ArticleSlugs.Add(article.Slug);
            AddFingerprint(article.LeadFingerprint, article.Id);
        }
    }

    private void AddFingerprint(string fingerprint, long id)
    {
        if (!articlesByFingerprint.TryGetValue(fingerprint, out var ids))
            articlesByFingerprint[fingerprint] = ids = [];
        if (!ids.Contains(id))
            ids.Add(id);
    }
}
