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
        var title = doc.Title is null ? null : NameNormalizer.Normalize(doc.Title);
        var ofKind = extraction.Entities.Where(e => e.Kind == kind).ToList();
        return ofKind.FirstOrDefault(e => title is not null &&
                   e.Aliases.Append(e.Name).Any(n => NameNormalizer.Normalize(n) == title))
               ?? ofKind.FirstOrDefault(e => title is not null && title.Contains(NameNormalizer.Normalize(e.Name), StringComparison.Ordinal))
               ?? ofKind.FirstOrDefault();
    }

    public async Task WriteAsync(Entity subject, ParsedDocument doc, SourceDocument source, CancellationToken cancellationToken)
    {
        if (subject.LeadEditedBy is null)
            subject.Lead = MarkdownText.Paragraphs(doc.Body);
        var sections = subject.Id == 0
            ? []
            : await db.ProfileSections.Where(s => s.EntityId == subject.Id).ToListAsync(cancellationToken);
        var position = 0;
        foreach (var parsed in doc.Sections)
        {
            position++;
            var section = sections.FirstOrDefault(s => NameNormalizer.Normalize(s.Heading) == NameNormalizer.Normalize(parsed.Heading));
            if (section is null)
            {
                section = new ProfileSection { Entity = subject, Heading = parsed.Heading };
                db.ProfileSections.Add(section);
                sections.Add(section);
            }
            if (section.EditedBy is not null)
                continue;
            section.Position = position;
            section.BodyMarkdown = MarkdownText.Paragraphs(parsed.Paragraphs);
            section.SourceDocument = source;
        }
        source.ProfileEntity = subject;
    }
}
