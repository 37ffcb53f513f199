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
    // Any fixed number: it names the lock that keeps two importers from interleaving.
    private const long ImportLockKey = 0x4352494d45;

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
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({ImportLockKey})", cancellationToken);
        try
        {
            var batch = await ImportBatch.LoadAsync(db, cancellationToken);
            var ids = new IdBlocks((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var file in files)
            {
                var outcome = await ImportFileAsync(db, file, batch, ids, cancellationToken);
                db.ChangeTracker.Clear();
                // A file that failed half way may have left the batch's view of the archive ahead of
                // what was committed; read it again.
                if (outcome.Status == ImportStatus.Failed && outcome.Detail?.StartsWith("could not be saved", StringComparison.Ordinal) == true)
                    await batch.ReloadAsync(db, cancellationToken);
                outcomes.Add(outcome);
                progress?.Report(outcome);
            }
            var relinked = await new Relinker(db, batch, ids, clock.GetUtcNow(), logger).RelinkAsync(cancellationToken);
            if (relinked > 0)
                logger.LogInformation("Read {Count} texts again for names learned later in the import", relinked);
        }
        finally
        {
            // A pooled connection keeps its session, so the lock must be released explicitly.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({ImportLockKey})", CancellationToken.None);
        }
        var report = new ImportReport(outcomes);
        logger.LogInformation(
            "Import finished: {Imported} imported, {Updated} updated, {Duplicate} duplicates, {Unchanged} unchanged, {Skipped} skipped, {Failed} failed",
            report.Count(ImportStatus.Imported), report.Count(ImportStatus.Updated), report.Count(ImportStatus.Duplicate),
            report.Count(ImportStatus.Unchanged), report.Count(ImportStatus.Skipped), report.Count(ImportStatus.Failed));
        return report;
    }

    private async Task<FileOutcome> ImportFileAsync(ArchiveDbContext db, string path, ImportBatch batch, IdBlocks ids, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > SourceDecoder.MaxBytes)
                return Failed(name, $"the file is {length / (1024.0 * 1024.0):0.0} MB; a source text is at most {SourceDecoder.MaxBytes / (1024 * 1024)} MB");
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(name, $"cannot read the file: {e.Message}");
        }

        try
        {
            return await ImportBytesAsync(db, name, bytes, batch, ids, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Importing {File} failed", name);
            return Failed(name, $"could not be saved: {e.GetBaseException().Message}");
        }
    }

    private FileOutcome Failed(string name, string reason)
    {
        logger.LogWarning("Skipped {File}: {Reason}", name, reason);
        return new FileOutcome(name, ImportStatus.Failed, reason);
    }

    private async Task<FileOutcome> ImportBytesAsync(ArchiveDbContext db, string name, byte[] bytes, ImportBatch batch, IdBlocks ids, CancellationToken cancellationToken)
    {
        var checksum = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (batch.HasChecksum(checksum))
            return new FileOutcome(name, ImportStatus.Unchanged);

        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Error is not null)
            return Failed(name, decoded.Error);
        var extraction = SourceTextExtractor.Extract(decoded.Text!, batch.Entities.Known);
        if (extraction.Document.SkipReason is { } reason)
            return new FileOutcome(name, ImportStatus.Skipped, reason);

        var writer = new SourceWriter(db, batch, ids, clock.GetUtcNow());
        return await writer.WriteAsync(name, checksum, decoded, extraction, cancellationToken);
    }
}
