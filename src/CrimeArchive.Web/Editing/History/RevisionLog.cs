using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.History;

public sealed record RevisionLine(long Id, int Number, string EditorName, DateTimeOffset SavedAt, string Summary);

/// <summary>Two revisions of a record side by side, line by line; none when it has fewer than two.</summary>
public sealed record RevisionComparison(int? From, int? To, IReadOnlyList<DiffLine> Lines)
{
    public static readonly RevisionComparison None = new(null, null, []);
}

/// <summary>Revisions and audit lines, written in the same transaction as the change they describe.</summary>
public static class RevisionLog
{
    /// <summary>Adds the next revision of a record to the context (saved with the caller's changes).</summary>
    public static async Task<Revision> AddAsync(ArchiveDbContext db, RevisionSubject subject, long id, EditorRef editor, string summary,
        string snapshot, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var last = await db.Revisions.Where(r => r.Subject == subject && r.SubjectId == id)
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = new Revision
        {
            Subject = subject, SubjectId = id, Number = last + 1, Editor = editor.Copy(), SavedAt = at, Summary = Cut(summary, 500), Snapshot = snapshot,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    public static void Audit(ArchiveDbContext db, AuditAction action, RevisionSubject subject, long id, EditorRef editor, string description, DateTimeOffset at) =>
        db.AuditLog.Add(new AuditEntry { Action = action, Subject = subject, SubjectId = id, Editor = editor.Copy(), Description = Cut(description, 1000), At = at });

    public static Task<List<RevisionLine>> ListAsync(ArchiveDbContext db, RevisionSubject subject, long id, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking().Where(r => r.Subject == subject && r.SubjectId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionLine(r.Id, r.Number, r.Editor.Name, r.SavedAt, r.Summary)).ToListAsync(cancellationToken);

    /// <summary>Revision <paramref name="from"/> against <paramref name="to"/>, by default the latest
    /// against the one before it; <paramref name="toText"/> turns a snapshot into the lines compared.</summary>
    public static async Task<RevisionComparison> CompareAsync(ArchiveDbContext db, RevisionSubject subject, long id, IReadOnlyList<RevisionLine> revisions,
        int? from, int? to, Func<string, string> toText, CancellationToken cancellationToken)
    {
        if (revisions.Count < 2)
            return RevisionComparison.None;
        var newer = to ?? revisions[0].Number;
        var older = from ?? revisions.Select(r => r.Number).Where(n => n < newer).DefaultIfEmpty(revisions[^1].Number).Max();
        var before = await FindAsync(db, subject, id, older, cancellationToken);
        var after = await FindAsync(db, subject, id, newer, cancellationToken);
        return before is null || after is null
            ? RevisionComparison.None
            : new RevisionComparison(older, newer, TextDiff.Lines(toText(before.Snapshot), toText(after.Snapshot)));
    }

    public static Task<Revision?> FindAsync(ArchiveDbContext db, RevisionSubject subject, long id, int number, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Subject == subject && r.SubjectId == id && r.Number == number, cancellationToken);


    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
