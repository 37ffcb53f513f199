using CrimeArchive.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Pages.Entities;

/// <summary>A profile: every fact with the sentence and article that state it, disagreements side by side.</summary>
public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public record Header(long Id, EntityKind Kind, string Name, string? Lead);
    public record AliasRow(string Name, string? Sentence, string? SourceFile, string? AddedBy);
    public record SectionRow(string Heading, string BodyMarkdown);
    public record Link(RelationshipType Type, bool Outgoing, EntityKind OtherKind, string OtherSlug, string OtherName, Citation Citation);
    public record ArticleRow(string Slug, string Title, DateOnly? PublishedOn, int Mentions);

    public Header Entity { get; private set; } = null!;
    public IReadOnlyList<AliasRow> Aliases { get; private set; } = [];
    public IReadOnlyList<FactLine> Facts { get; private set; } = [];
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];
    public IReadOnlyList<Link> Links { get; private set; } = [];
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        var entityKind = EntityRoutes.KindOf(kind);
        var header = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == entityKind && e.Slug == slug)
            .Select(e => new Header(e.Id, e.Kind, e.Name, e.Lead))
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
            return NotFound();
        Entity = header;
        var id = header.Id;

        Aliases = await db.Aliases.AsNoTracking().Where(a => a.EntityId == id && a.Name != header.Name)
            .OrderBy(a => a.Name)
            .Select(a => new AliasRow(a.Name, a.Sentence, a.SourceDocument!.FileName, a.AddedBy))
            .ToListAsync(cancellationToken);

        var facts = await db.Facts.AsNoTracking().Where(f => f.EntityId == id)
            .OrderBy(f => f.Id)
            .Select(f => new
            {
                f.Key,
                Citation = new Citation(f.Value, f.Sentence, f.StatedOn, f.SourceDocument!.FileName,
                    f.Article!.Slug, f.Article.Title, f.Editor, f.Reason),
            })
            .ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.EntityId == id).ToListAsync(cancellationToken);
        Facts = FactLine.Build(facts.Select(f => (f.Key, f.Citation)), decisions);

        Sections = await db.ProfileSections.AsNoTracking().Where(s => s.EntityId == id)
            .OrderBy(s => s.Position)
            .Select(s => new SectionRow(s.Heading, s.BodyMarkdown))
            .ToListAsync(cancellationToken);

        Links = await db.Relationships.AsNoTracking()
            .Where(r => r.SubjectId == id || r.ObjectId == id)
            .OrderBy(r => r.Type).ThenBy(r => r.Id)
            .Select(r => new Link(
                r.Type, r.SubjectId == id,
                r.SubjectId == id ? r.Object!.Kind : r.Subject!.Kind,
                r.SubjectId == id ? r.Object!.Slug : r.Subject!.Slug,
                r.SubjectId == id ? r.Object!.Name : r.Subject!.Name,
                new Citation("", r.Sentence, r.StatedOn, r.SourceDocument!.FileName, r.Article!.Slug, r.Article.Title, r.Editor, r.Reason)))
            .ToListAsync(cancellationToken);

        Articles = await db.Articles.AsNoTracking()
            .Where(a => a.Mentions.Any(m => m.EntityId == id))
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(50)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.PublishedOn, a.Mentions.Count(m => m.EntityId == id)))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public static string Describe(Link link) => (link.Type, link.Outgoing) switch
    {
        (RelationshipType.LeaderOf, true) => "Leader of",
        (RelationshipType.LeaderOf, false) => "Led by",
        (RelationshipType.MemberOf, true) => "Member of",
        (RelationshipType.MemberOf, false) => "Has member",
        (RelationshipType.Founded, true) => "Founded",
        (RelationshipType.Founded, false) => "Founded by",
        (RelationshipType.SiblingOf, _) => "Sibling of",
        (RelationshipType.RivalOf, _) => "Rival of",
        _ => "Ally of",
    };
}
