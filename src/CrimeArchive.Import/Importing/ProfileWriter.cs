using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Import.Importing;

/// <summary>Writes a profile text onto its subject's profile: the lead and the sections, except
/// those an editor has changed, which a re-import leaves alone.</summary>
internal sealed class ProfileWriter(ArchiveDbContext db)
{
    /// <summary>The entity a profile is about: the one its title names, else the first of the
    /// profile's kind that the text names.</summary>
    public static ExtractedEntity? SubjectOf(Extraction.Extraction extraction)
    {
        var doc = extraction.Document;
        var kind = doc.Kind == DocumentKind.GroupProfile ? EntityKind.Group : EntityKind.Person;
        var title = doc.Title is null ? null : NameNormalizer.Normalize(Parsing.TitleDeriver.ProfileName(doc.Title));
        var ofKind = extraction.Entities.Where(e => e.Kind == kind).ToList();
        return ofKind.FirstOrDefault(e => title is not null &&
                   e.Aliases.Append(e.Name).Any(n => NameNormalizer.Normalize(n) == title))
               ?? ofKind.FirstOrDefault(e => title is not null && title.Contains(NameNormalizer.Normalize(e.Name), StringComparison.Ordinal))
               ?? ofKind.FirstOrDefault();
    }

    /// <summary>Appends the lead and the sections to the file's batch. A subject just created has no
    /// sections yet; one already in the archive keeps the headings it has, so that "History" and
    /// "HISTORY" stay one section.</summary>
    /// <param name="owners">The subject and the entities merged into it by this text, whose sections
    /// it takes over when the batch runs; empty when the subject is new.</param>
    public async Task WriteAsync(IndexedEntity subject, long[] owners, ParsedDocument doc, long sourceId, WriteBatch sql, CancellationToken cancellationToken)
    {
        // The row is written even when an editor owns the lead: its new version makes a profile form
        // opened before this import a conflict instead of an overwrite of the sections written here.
        sql.Add("UPDATE entities SET lead = CASE WHEN lead_edited_by IS NULL THEN $2 ELSE lead END WHERE id = $1", subject.Id, MarkdownText.Paragraphs(doc.Body));
        if (doc.Sections.Count == 0)
            return;
        var headings = owners.Length == 0
            ? []
            : await db.ProfileSections.AsNoTracking().Where(s => owners.Contains(s.EntityId)).OrderBy(s => s.EntityId != subject.Id).ThenBy(s => s.Id)
                .Select(s => s.Heading).ToListAsync(cancellationToken);
        var sections = doc.Sections
            .Select((parsed, i) => (Key: NameNormalizer.Normalize(parsed.Heading), parsed.Heading, Position: i + 1, Body: MarkdownText.Paragraphs(parsed.Paragraphs)))
            .GroupBy(s => s.Key)
            .Select(g => (
                Heading: headings.FirstOrDefault(h => NameNormalizer.Normalize(h) == g.Key) ?? g.First().Heading,
                g.Last().Position,
                g.Last().Body))
            .ToList();
        // A section an editor has changed is left as it is.
        sql.Add("""
            INSERT INTO profile_sections (entity_id, heading, position, body_markdown, source_document_id)
            SELECT $1, u.heading, u.position, u.body_markdown, $5
              FROM unnest($2::text[], $3::int[], $4::text[]) AS u(heading, position, body_markdown)
            ON CONFLICT (entity_id, heading) DO UPDATE
               SET position = EXCLUDED.position, body_markdown = EXCLUDED.body_markdown, source_document_id = EXCLUDED.source_document_id
             WHERE profile_sections.edited_by IS NULL
            """,
            subject.Id, sections.Select(s => s.Heading).ToArray(), sections.Select(s => s.Position).ToArray(),
            sections.Select(s => s.Body).ToArray(), sourceId);
    }
}
