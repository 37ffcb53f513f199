using CrimeArchive.Data;
using CrimeArchive.Data.Text;
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

    public EntityIndex Entities { get; private set; }
    public HashSet<string> ArticleSlugs { get; } = new(StringComparer.Ordinal);
    /// <summary>"Kind/slug" of every entity.</summary>
    public HashSet<string> EntitySlugs { get; } = new(StringComparer.Ordinal);

    public sealed record CurrentSource(long Id, long? ArticleId);

    public static async Task<ImportBatch> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch(await EntityIndex.LoadAsync(db, cancellationToken));
        await batch.ReadArchiveAsync(db, cancellationToken);
        batch.startedNonEmpty = batch.checksums.Count > 0;
        return batch;
    }

    /// <summary>Reads the archive afresh, keeping what the batch has read and learned: after a failed
    /// save the batch's copy may be ahead of what was committed.</summary>
    public async Task ReloadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        Entities = await EntityIndex.LoadAsync(db, cancellationToken);
        checksums.Clear();
        currentByFileName.Clear();
        articlesByFingerprint.Clear();
        ArticleSlugs.Clear();
        EntitySlugs.Clear();
        await ReadArchiveAsync(db, cancellationToken);
        var current = currentByFileName.Values.Select(c => c.Id).ToHashSet();
        foreach (var id in Read.Keys.Where(id => !current.Contains(id)).ToList())
            Read.Remove(id);
    }

    private async Task ReadArchiveAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var sources = await db.SourceDocuments.AsNoTracking()
            .Select(s => new { s.Id, s.FileName, s.Checksum, s.ArticleId, Current = s.SupersededById == null })
            .ToListAsync(cancellationToken);
        foreach (var s in sources)
        {
            checksums.Add(s.Checksum);
            if (s.Current)
                currentByFileName[s.FileName] = new CurrentSource(s.Id, s.ArticleId);
        }
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Slug, a.LeadFingerprint }).ToListAsync(cancellationToken);
        foreach (var a in articles)
        {
            ArticleSlugs.Add(a.Slug);
            AddFingerprint(a.LeadFingerprint, a.Id);
        }
        foreach (var e in await db.Entities.AsNoTracking().Select(e => new { e.Kind, e.Slug }).ToListAsync(cancellationToken))
            EntitySlugs.Add($"{e.Kind}/{e.Slug}");
    }

    /// <summary>Also asked while a file is being saved (the importer reads the next one meanwhile), hence the lock.</summary>
    public bool HasChecksum(string checksum)
    {
        lock (checksums)
            return checksums.Contains(checksum);
    }

    /// <summary>Whether the archive held any text when the batch began: only then can older texts need relinking.</summary>
    public bool StartedNonEmpty => startedNonEmpty;

    /// <summary>Texts read in this batch, kept for relinking: a name learned later may occur in them.</summary>
    public Dictionary<long, ReadText> Read { get; } = [];

    public sealed class ReadText(long sourceId, string text)
    {
        public long SourceId { get; } = sourceId;
        public string Text { get; } = text;
        /// <summary><see cref="Text"/> folded (lower case, no accents), same offsets.</summary>
        public string Folded { get; } = NameNormalizer.Fold(text);
        /// <summary>Where this text's mentions are, start and end.</summary>
        public List<(int Start, int End)> Mentions { get; } = [];
        /// <summary>The stretches of article text (chrome excluded), start and end.</summary>
        public List<(int Start, int End)> Content { get; } = [];
        /// <summary>What the last reading found, in short: a new reading that finds the same needs no write.</summary>
        public string Signature { get; set; } = "";
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

    public void Remember(long sourceId, string rawText, Extraction.Extraction extraction)
    {
        if (!Read.TryGetValue(sourceId, out var read))
            Read[sourceId] = read = new ReadText(sourceId, rawText);
        read.Mentions.Clear();
        read.Mentions.AddRange(extraction.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.Start + m.Length)));
        read.Content.Clear();
        read.Content.AddRange(extraction.Document.AllBlocks.Select(b => (b.Start, b.Start + b.Text.Length)));
        read.Signature = SignatureOf(extraction);
    }

    public static string SignatureOf(Extraction.Extraction extraction) =>
        string.Join(';', extraction.Entities
            .Select(e => $"{e.Kind}|{e.Name}|{string.Join(',', e.Mentions.Select(m => m.Start))}")
            .Order(StringComparer.Ordinal))
        + "#" + string.Join(';', extraction.Relationships.Select(r => $"{r.Subject.Name}|{r.Type}|{r.Object.Name}").Order(StringComparer.Ordinal))
        + "#" + string.Join(';', extraction.Facts.Select(f => $"{f.Entity.Name}|{f.Key}|{f.Value}").Order(StringComparer.Ordinal));

    public CurrentSource? CurrentSourceOf(string fileName) => currentByFileName.GetValueOrDefault(fileName);

    public IReadOnlyList<long> ArticlesWithFingerprint(string fingerprint) =>
        articlesByFingerprint.TryGetValue(fingerprint, out var ids) ? ids : [];

    /// <summary>Called after a file's save has committed.</summary>
    public void Saved(string fileName, string checksum, long sourceId, Article? article)
    {
        lock (checksums)
            checksums.Add(checksum);
        currentByFileName[fileName] = new CurrentSource(sourceId, article?.Id);
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
