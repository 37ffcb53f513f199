using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Web.Reading.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Profiles;

/// <summary>Reads a profile: every fact with the sentence and article that state it, disagreements
/// side by side, and the entity's names, sections, relationships and articles.</summary>
public sealed class ProfileQuery(ArchiveDbContext db)
{
    public const int ArticleLimit = 50;

    /// <summary>The slug an entity has now, when <paramref name="oldSlug"/> is one it had before.</summary>
    public Task<string?> RenamedAsync(EntityKind kind, string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Subject == RevisionSubject.Entity && r.EntityKind == kind && r.OldSlug == oldSlug)
            .Join(db.Entities, r => r.SubjectId, e => e.Id, (_, e) => e.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Null when there is no entity of this kind with this slug.</summary>
    public async Task<Profile?> FindAsync(EntityKind kind, string slug, CancellationToken cancellationToken)
    {
        var header = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind && e.Slug == slug)
            .Select(e => new ProfileHeader(e.Id, e.Kind, e.Slug, e.Name, e.Lead))
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
            return null;
        return new Profile(
            header,
            await AliasesAsync(header, cancellationToken),
            await FactsAsync(header.Id, cancellationToken),
            await SectionsAsync(header.Id, cancellationToken),
            await RelationshipsAsync(header.Id, cancellationToken),
            await ArticlesAsync(header.Id, cancellationToken));
    }

    private async Task<IReadOnlyList<ProfileAlias>> AliasesAsync(ProfileHeader header, CancellationToken cancellationToken) =>
        await db.Aliases.AsNoTracking()
            .Where(a => a.EntityId == header.Id && a.Name != header.Name)
            .OrderBy(a => a.Name)
            .Select(a => new ProfileAlias(a.Name, a.Sentence, a.SourceDocument!.FileName, a.AddedBy == null ? null : a.AddedBy.Name))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<FactLine>> FactsAsync(long id, CancellationToken cancellationToken)
    {
        var statements = await db.Facts.AsNoTracking()
            .Where(f => f.EntityId == id)
            .Standing(db.Withdrawals)
            .Public()
            .OrderBy(f => f.Id)
            .Select(f => new
            {
                f.Key,
                Citation = new Citation(f.Value, f.Sentence, f.StatedOn, f.SourceDocument!.FileName,
                    f.Article!.Status == ArticleStatus.Published ? f.Article.Slug : null,
                    f.Article!.Status == ArticleStatus.Published ? f.Article.Title : null,
                    f.Editor == null ? null : f.Editor.Name, f.Reason, f.SourceNote),
            })
            .ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.EntityId == id)
            .OrderBy(d => d.Id)
            .Select(d => new Settlement(d.Key, d.ChosenValue, d.DecidedBy.Name, d.Reason, d.DecidedAt))
            .ToListAsync(cancellationToken);
        return FactLine.Build(statements.Select(s => (s.Key, s.Citation)), decisions);
    }

    private async Task<IReadOnlyList<ProfileText>> SectionsAsync(long id, CancellationToken cancellationToken) =>
        await db.ProfileSections.AsNoTracking()
            .Where(s => s.EntityId == id)
            .OrderBy(s => s.Position)
            .Select(s => new ProfileText(s.Heading, s.BodyMarkdown))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<RelatedEntity>> RelationshipsAsync(long id, CancellationToken cancellationToken)
    {
        var statements = await db.Relationships.AsNoTracking()
            .Where(r => r.SubjectId == id || r.ObjectId == id)
            .Standing(db.Withdrawals)
            .Public()
            .OrderBy(r => r.Type).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Type,
                FromSubject = r.SubjectId == id,
                Kind = r.SubjectId == id ? r.Object!.Kind : r.Subject!.Kind,
                Slug = r.SubjectId == id ? r.Object!.Slug : r.Subject!.Slug,
                Name = r.SubjectId == id ? r.Object!.Name : r.Subject!.Name,
                Citation = new Citation("", r.Sentence, r.StatedOn, r.SourceDocument!.FileName,
                    r.Article!.Status == ArticleStatus.Published ? r.Article.Slug : null,
                    r.Article!.Status == ArticleStatus.Published ? r.Article.Title : null,
                    r.Editor == null ? null : r.Editor.Name, r.Reason, r.SourceNote),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. statements
                .GroupBy(r => (r.Type, r.FromSubject, r.Kind, r.Slug, r.Name))
                .Select(g => new RelatedEntity(g.Key.Type, g.Key.FromSubject, g.Key.Kind, g.Key.Slug, g.Key.Name,
                    [.. g.Select(r => r.Citation)])),
        ];
    }

    /// <summary>Newest first, published only: a draft that names the entity stays unlisted.</summary>
    private async Task<IReadOnlyList<MentioningArticle>> ArticlesAsync(long id, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Published()
            .Where(a => a.Mentions.Any(m => m.EntityId == id))
            .NewestFirst()
            .Take(ArticleLimit)
            .Select(a => new MentioningArticle(a.Slug, a.Title, a.PublishedOn, a.YearHint, a.Mentions.Count(m => m.EntityId == id)))
            .ToListAsync(cancellationToken);
}
