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

        await using var lockContext = await contexts.CreateDbContextAsync(cancellationToken);
        await using var lockConnection = new NpgsqlConnection(lockContext.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            take.Parameters.AddWithValue("key", ImportLockKey);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var index = await EntityIndex.LoadAsync(lockContext, cancellationToken);
            foreach (var file in files)
            {
                var outcome = await ImportFileAsync(file, index, cancellationToken);
                outcomes.Add(outcome);
                progress?.Report(outcome);
            }
        }
        finally
        {
            // A pooled connection keeps its session, so the lock must be released explicitly.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", ImportLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
        var report = new ImportReport(outcomes);
        logger.LogInformation(
            "Import finished: {Imported} imported, {Updated} updated, {Duplicate} duplicates, {Unchanged} unchanged, {Skipped} skipped, {Failed} failed",
            report.Count(ImportStatus.Imported), report.Count(ImportStatus.Updated), report.Count(ImportStatus.Duplicate),
            report.Count(ImportStatus.Unchanged), report.Count(ImportStatus.Skipped), report.Count(ImportStatus.Failed));
        return report;
    }

    private async Task<FileOutcome> ImportFileAsync(string path, EntityIndex index, CancellationToken cancellationToken)
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
            return await ImportBytesAsync(name, bytes, index, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or PostgresException or InvalidOperationException)
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

    internal async Task<FileOutcome> ImportBytesAsync(string name, byte[] bytes, EntityIndex index, CancellationToken cancellationToken)
    {
        var checksum = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.SourceDocuments.Where(s => s.Checksum == checksum)
            .Select(s => new { s.FileName, Article = s.Article!.Slug, Profile = s.ProfileEntity!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
            return new FileOutcome(name, ImportStatus.Unchanged, known.FileName == name ? null : $"same text as {known.FileName}", known.Article ?? known.Profile);

        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Error is not null)
            return Failed(name, decoded.Error);
        var extraction = SourceTextExtractor.Extract(decoded.Text!, index.Known);
        if (extraction.Document.SkipReason is { } reason)
            return new FileOutcome(name, ImportStatus.Skipped, reason);

        var writer = new SourceWriter(db, index, clock.GetUtcNow());
        return await writer.WriteAsync(name, checksum, decoded, extraction, cancellationToken);
    }
}
