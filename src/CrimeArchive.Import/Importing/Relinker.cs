using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CrimeArchive.Import.Importing;

/// <summary>After a batch, reads again the texts that contain a name the archive learned after they
/// were read, so that what a text is found to say does not depend on the order texts arrive in.</summary>
internal sealed class Relinker(ArchiveDbContext db, ImportBatch batch, IdBlocks ids, DateTimeOffset now, ILogger logger)
{
    // A relinked text can teach names in turn; a few passes reach the fixed point in practice.
    private const int MaxPasses = 3;
    private const int PatternsPerQuery = 100;


    public async Task<int> RelinkAsync(CancellationToken cancellationToken)
    {
        var relinked = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var learned = batch.TakeLearned();
            if (learned.Count == 0)
                break;
            if (batch.StartedNonEmpty)
                await LoadOlderTextsAsync(learned, cancellationToken);
            var due = DueTexts(learned);
            foreach (var read in due)
            {
                var extraction = SourceTextExtractor.Extract(read.Text, batch.Entities.Known);
                if (ImportBatch.SignatureOf(extraction) == read.Signature)
                    continue;
                try
                {
                    await new SourceWriter(db, batch, ids, now).RefreshAsync(read.SourceId, extraction, cancellationToken);
                    relinked++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The text keeps what it was found to say before; the import itself has succeeded.
                    logger.LogError(e, "Reading source {SourceId} again failed", read.SourceId);
                    db.ChangeTracker.Clear();
                    // The batch's copy may be ahead of the database now; if it cannot be read
                    // again, relinking stops here and the files already imported stay as they are.
                    try
                    {
                        await batch.ReloadAsync(db, cancellationToken);
                    }
                    catch (Exception reload) when (reload is not OperationCanceledException)
                    {
                        logger.LogError(reload, "Relinking stopped: the archive could not be read again");
                        return relinked;
                    }
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        return relinked;
    }

    /// <summary>Texts that contain a newly learned name outside their known mentions. Each text is
    /// read once, its runs of up to as many words as the longest name looked up among the names, so
    /// the cost follows the length of the texts, not texts times names. Also texts read after the
    /// name was learned: the name may have been learned from that very text, which then reads
    /// differently once the name is known.</summary>
    private List<ImportBatch.ReadText> DueTexts(List<string> learned)
    {
        // Looked up from word to word: a name's leading or trailing marks ("Jr.", quotes) are left off.
        var names = learned.Select(n => TrimToWords(NameNormalizer.Fold(n))).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
            return [];
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = names.Max(n => Words(n).Count);
        var due = new List<ImportBatch.ReadText>();
        foreach (var read in batch.Read.Values.OrderBy(r => r.SourceId))
        {
            var words = Words(read.Folded);
            if (HasUncoveredName(read, words, lookup, longest))
                due.Add(read);
        }
        return due;
    }

    private static bool HasUncoveredName(
        ImportBatch.ReadText read, List<(int Start, int End)> words, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names, int longest)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 0; n < longest && i + n < words.Count; n++)
            {
                var (at, end) = (words[i].Start, words[i + n].End);
                if (names.Contains(read.Folded.AsSpan(at, end - at))
                    && read.Content.Any(c => c.Start <= at && end <= c.End) && !read.Mentions.Any(m => m.Start <= at && end <= m.End))
                    return true;
            }
        }
        return false;
    }

    private static string TrimToWords(string name)
    {
        var words = Words(name);
        return words.Count == 0 ? "" : name[words[0].Start..words[^1].End];
    }

    /// <summary>Where each word (a run of letters and digits) starts and ends.</summary>
    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isLetter && start < 0)
                start = i;
            else if (!isLetter && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Texts of earlier batches that contain a learned name join the candidates.</summary>
    private async Task LoadOlderTextsAsync(List<string> learned, CancellationToken cancellationToken)
    {
        var inBatch = batch.Read.Keys.ToList();
        foreach (var chunk in learned.Select(l => "%" + EscapeLike(l) + "%").Distinct().Chunk(PatternsPerQuery))
        {
            var older = await db.SourceDocuments.AsNoTracking()
                .Where(s => s.SupersededById == null && !inBatch.Contains(s.Id) && chunk.Any(p => EF.Functions.ILike(s.RawText, p)))
                .Select(s => new { s.Id, s.RawText, Mentions = db.Mentions.Where(m => m.SourceDocumentId == s.Id).Select(m => new { m.Start, m.Length }).ToList() })
                .ToListAsync(cancellationToken);
            foreach (var s in older)
            {
                // Older texts were read before this batch; their chrome is not known here, so all their text counts.
                var read = new ImportBatch.ReadText(s.Id, s.RawText);
                read.Mentions.AddRange(s.Mentions.Select(m => (m.Start, m.Start + m.Length)));
                read.Content.Add((0, s.RawText.Length));
                batch.Read[s.Id] = read;
                inBatch.Add(s.Id);
            }
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
