using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Profiles;

/// <summary>The standing, public facts and relationships of one entity, read in one query: both are
/// statements with the same provenance, so they share one row shape and a UNION ALL.</summary>
internal static class ProfileStatements
{
    public sealed record Read(IReadOnlyList<(string Key, Citation Citation)> Facts, IReadOnlyList<RelatedEntity> Relationships);

    public static async Task<Read> ReadAsync(ArchiveDbContext db, long id, CancellationToken cancellationToken)
    {
        var facts = db.Facts.AsNoTracking()
            .Where(f => f.EntityId == id)
            .Standing(db.Withdrawals)
            .Public()
            .Select(f => new Row
            {
                Id = f.Id, IsFact = true, Key = f.Key, Value = f.Value,
                Type = null, FromSubject = true, OtherKind = null, OtherSlug = "", OtherName = "",
                Sentence = f.Sentence, StatedOn = f.StatedOn, SourceFile = f.SourceDocument!.FileName,
                ArticleSlug = f.Article!.Status == ArticleStatus.Published ? f.Article.Slug : null,
                ArticleTitle = f.Article!.Status == ArticleStatus.Published ? f.Article.Title : null,
                ProfileKind = f.SourceDocument!.ProfileEntity!.Kind, ProfileSlug = f.SourceDocument!.ProfileEntity!.Slug,
                ProfileName = f.SourceDocument!.ProfileEntity!.Name,
                Editor = f.Editor == null ? null : f.Editor.Name, Reason = f.Reason, SourceNote = f.SourceNote,
            });
        var relationships = db.Relationships.AsNoTracking()
            .Where(r => r.SubjectId == id || r.ObjectId == id)
            .Standing(db.Withdrawals)
            .Public()
            .Select(r => new Row
            {
                Id = r.Id, IsFact = false, Key = "", Value = "",
                Type = r.Type, FromSubject = r.SubjectId == id,
                OtherKind = r.SubjectId == id ? r.Object!.Kind : r.Subject!.Kind,
                OtherSlug = r.SubjectId == id ? r.Object!.Slug : r.Subject!.Slug,
                OtherName = r.SubjectId == id ? r.Object!.Name : r.Subject!.Name,
                Sentence = r.Sentence, StatedOn = r.StatedOn, SourceFile = r.SourceDocument!.FileName,
                ArticleSlug = r.Article!.Status == ArticleStatus.Published ? r.Article.Slug : null,
                ArticleTitle = r.Article!.Status == ArticleStatus.Published ? r.Article.Title : null,
                ProfileKind = r.SourceDocument!.ProfileEntity!.Kind, ProfileSlug = r.SourceDocument!.ProfileEntity!.Slug,
                ProfileName = r.SourceDocument!.ProfileEntity!.Name,
                Editor = r.Editor == null ? null : r.Editor.Name, Reason = r.Reason, SourceNote = r.SourceNote,
            });
        // Relationships first: EF reads each column with the first operand's mapping, and the enums are
        // stored as text, so the fact side leaves those columns NULL rather than an enum's number.
        var rows = await relationships.Concat(facts).ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Id)];
        // A symmetric link reads the same from either side, so the side a text put first does not split it.
        var related = rows.Where(r => !r.IsFact)
            .GroupBy(r => new LinkKey(r.Type!.Value, r.Type!.Value.IsSymmetric() || r.FromSubject, r.OtherKind!.Value, r.OtherSlug, r.OtherName))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.OtherName, StringComparer.CurrentCulture)
            .Select(g => new RelatedEntity(g.Key.Type, g.Key.FromSubject, g.Key.OtherKind, g.Key.OtherSlug, g.Key.OtherName,
                [.. g.Select(r => r.Citation())]));
        return new Read([.. rows.Where(r => r.IsFact).Select(r => (r.Key, r.Citation()))], [.. related]);
    }

    private sealed record LinkKey(RelationshipType Type, bool FromSubject, EntityKind OtherKind, string OtherSlug, string OtherName);

    /// <summary>A settable class rather than a positional record: EF matches the columns of a UNION
    /// by member, and cannot after a constructor call.</summary>
    private sealed class Row
    {
        public long Id { get; init; }
        public bool IsFact { get; init; }
        public string Key { get; init; } = "";
        public string Value { get; init; } = "";
        public RelationshipType? Type { get; init; }
        public bool FromSubject { get; init; }
        public EntityKind? OtherKind { get; init; }
        public string OtherSlug { get; init; } = "";
        public string OtherName { get; init; } = "";
        public string? Sentence { get; init; }
        public DateOnly? StatedOn { get; init; }
        public string? SourceFile { get; init; }
        public string? ArticleSlug { get; init; }
        public string? ArticleTitle { get; init; }
        public EntityKind? ProfileKind { get; init; }
        public string? ProfileSlug { get; init; }
        public string? ProfileName { get; init; }
        public string? Editor { get; init; }
        public string? Reason { get; init; }
        public string? SourceNote { get; init; }

        public Citation Citation() => new(Value, Sentence, StatedOn, SourceFile, ArticleSlug, ArticleTitle, Editor, Reason, SourceNote,
            ProfileKind is { } kind && ProfileSlug is not null && ProfileName is not null ? new CitedProfile(kind, ProfileSlug, ProfileName) : null);
    }
}
