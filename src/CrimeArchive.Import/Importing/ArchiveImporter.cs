using System.Security.Cryptography;
using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrimeArchive.Import.Importing;

/// <summary>Imports source files: one transaction per file, so that a bad file is reported and
/// skipped while the rest of the batch goes on. The same bytes twice change nothing (checksum).</summary>
public sealed class ArchiveImporter(IDbContextFactory<ArchiveDbContext> contexts, TimeProvider clock, ILogger<ArchiveImporter> logger)
{

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths, IProgress<FileOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = SourceFiles.Expand(paths, out var missing);
        var outcomes = new List<FileOutcome>(missing);
        foreach (var m in missing)
            progress?.Report(m);

        // One context and one open connection for the whole batch (cleared after each file): the
        // import lock lives on that connection's session, and no file pays for opening one.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Statements that every file sends are prepared once per connection instead of parsed and planned each time.
        db.Database.SetConnectionString(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { MaxAutoPrepare = 32 }.ConnectionString);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({ImportLock.Key})", cancellationToken);
        var started = clock.GetUtcNow();
        try
        {
            var batch = await ImportBatch.LoadAsync(db, cancellationToken);
            var ids = new IdBlocks((NpgsqlConnection)db.Database.GetDbConnection());
            // While one file is being saved, the next one is read and extracted on another core. The
            // extraction reads only the names the archive knows, which saving does not change.
            var next = files.Count > 0 ? Read(files[0], batch) : null;
            for (var i = 0; i < files.Count; i++)
            {
                var following = i + 1 < files.Count ? files[i + 1] : null;
                Task<SourceRead>? reading = null;
                var outcome = await ImportAsync(db, next!, batch, ids, () =>
                    reading = following is null ? null : Task.Run(() => Read(following, batch), cancellationToken), cancellationToken);
                next = reading is not null ? await reading : following is null ? null : Read(following, batch);
                db.ChangeTracker.Clear();
                // A file that failed half way leaves the batch's copy of the archive ahead of what was
                // committed: read it again, and the next file again with the names as they are.
                if (outcome.Status == ImportStatus.Failed && outcome.Detail?.StartsWith("could not be saved", StringComparison.Ordinal) == true)
                {
                    await batch.ReloadAsync(db, cancellationToken);
                    if (following is not null)
                        next = Read(following, batch);
                }
                outcomes.Add(outcome);
                progress?.Report(outcome);
            }
            var relinked = await new Relinker(db, batch, ids, clock.GetUtcNow(), logger).RelinkAsync(cancellationToken);
            if (relinked > 0)
                logger.LogInformation("Read {Count} texts again for names learned later in the import", relinked);
            var paired = await LanguagePairs.PairAsync(db, started, cancellationToken);
            if (paired > 0)
                logger.LogInformation("Linked {Count} articles to their version in the other language", paired);
        }
        finally
        {
            // A pooled connection keeps its session, so the lock must be released explicitly.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({ImportLock.Key})", CancellationToken.None);
        }
        var report = new ImportReport(outcomes);
        logger.LogInformation(
            "Import finished: {Imported} imported, {Updated} updated, {Duplicate} duplicates, {Unchanged} unchanged, {Skipped} skipped, {Failed} failed",
            report.Count(ImportStatus.Imported), report.Count(ImportStatus.Updated), report.Count(ImportStatus.Duplicate),
            report.Count(ImportStatus.Unchanged), report.Count(ImportStatus.Skipped), report.Count(ImportStatus.Failed));
        return report;
    }

    /// <summary>A file read, decoded and extracted, or the reason it goes no further.</summary>
    private sealed record SourceRead(string Name, FileOutcome? Outcome, string Checksum = "", DecodedSource? Decoded = null, Extraction.Extraction? Extraction = null);

    private SourceRead Read(string path, ImportBatch batch)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > SourceDecoder.MaxBytes)
                return new SourceRead(name, Failed(name, $"the file is {length / (1024.0 * 1024.0):0.0} MB; a source text is at most {SourceDecoder.MaxBytes / (1024 * 1024)} MB"));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceRead(name, Failed(name, $"cannot read the file: {e.Message}"));
        }

        var checksum = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (batch.HasChecksum(checksum))
            return new SourceRead(name, new FileOutcome(name, ImportStatus.Unchanged));
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Error is not null)
            return new SourceRead(name, Failed(name, decoded.Error));
        try
        {
            var extraction = SourceTextExtractor.Extract(decoded.Text!, batch.Entities.Known);
            if (extraction.Document.SkipReason is { } reason)
                return new SourceRead(name, new FileOutcome(name, ImportStatus.Skipped, reason));
            return new SourceRead(name, null, checksum, decoded, extraction);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Reading {File} failed", name);
            return new SourceRead(name, Failed(name, $"could not be read: {e.Message}"));
        }
    }

    private FileOutcome Failed(string name, string reason)
    {
        logger.LogWarning("Skipped {File}: {Reason}", name, reason);
        return new FileOutcome(name, ImportStatus.Failed, reason);
    }

    /// <summary>Plans the file's writes, then saves them; <paramref name="whileSaving"/> runs once the
    /// statements are on their way.</summary>
    private async Task<FileOutcome> ImportAsync(
        ArchiveDbContext db, SourceRead read, ImportBatch batch, IdBlocks ids, Action whileSaving, CancellationToken cancellationToken)
    {
        // Checked again here: an identical file earlier in this batch was saved after this one was read.
        if (read.Outcome is not null || batch.HasChecksum(read.Checksum))
        {
            whileSaving();
            return read.Outcome ?? new FileOutcome(read.Name, ImportStatus.Unchanged);
        }
        var writer = new SourceWriter(db, batch, ids, clock.GetUtcNow());
        try
        {
            var outcome = await writer.PlanAsync(read.Name, read.Checksum, read.Decoded!, read.Extraction!, cancellationToken);
            var saving = writer.SaveAsync(cancellationToken);
            whileSaving();
            await saving;
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Importing {File} failed", read.Name);
            return Failed(read.Name, $"could not be saved: {e.GetBaseException().Message}");
        }
    }
}
