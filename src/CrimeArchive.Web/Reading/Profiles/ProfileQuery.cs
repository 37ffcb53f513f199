using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Profiles;

/// <summary>Reads a profile in three queries whatever its size: the entity with its names, sections
/// and decisions; every standing statement (<see cref="ProfileStatements"/>); and what the articles
/// say of it (<see cref="ProfileListing"/>).</summary>
public sealed class ProfileQuery(ArchiveDbContext db)
{
    public const int ArticlePageSize = 50;
    /// <summary>How many of an entity's latest mentions in articles the "named with it" lists read.</summary>
    public const int RecentMentions = 2_000;

    /// <summary>The slug an entity has now, when <paramref name="oldSlug"/> is one it had before.</summary>
    public Task<string?> RenamedAsync(EntityKind kind, string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Subject == RevisionSubject.Entity && r.EntityKind == kind && r.OldSlug == oldSlug)
            .Join(db.Entities, r => r.SubjectId, e => e.Id, (_, e) => e.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Null when there is no entity of this kind with this slug.</summary>
    public async Task<Profile?> FindAsync(EntityKind kind, string slug, int articlePage, CancellationToken cancellationToken)
    {
        // Aliases, sections and decisions are a handful each, so one joined query costs less than
        // three round trips; the statements and article lists, which grow, are queries of their own.
        var entity = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind && e.Slug == slug)
            .Select(e => new
            {
                Header = new ProfileHeader(e.Id, e.Kind, e.Slug, e.Name, e.Lead),
                Aliases = e.Aliases.Where(a => a.Name != e.Name).OrderBy(a => a.Name)
                    .Select(a => new ProfileAlias(a.Name, a.Sentence, a.AddedBy == null ? null : a.AddedBy.Name)).ToList(),
                Sections = e.Sections.OrderBy(s => s.Position).Select(s => new ProfileText(s.Heading, s.BodyMarkdown)).ToList(),
                // Where "recent" starts for the co-mention sample: the article of its 2,000th latest mention.
                RecentFrom = e.Mentions.Where(m => m.ArticleId != null).OrderByDescending(m => m.ArticleId)
                    .Skip(RecentMentions).Select(m => m.ArticleId).FirstOrDefault() ?? 0,
                // A country's page links to the articles filed under it.
                FiledHere = e.Kind == EntityKind.Place ? db.Articles.Count(a => a.Status == ArticleStatus.Published && a.Country == e.Name) : 0,
                Decisions = db.Decisions.Where(d => d.EntityId == e.Id).OrderBy(d => d.Id)
                    .Select(d => new Settlement(d.Key, d.ChosenValue, d.DecidedBy.Name, d.Reason, d.DecidedAt)).ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (entity is null)
            return null;
        var id = entity.Header.Id;
        var statements = await ProfileStatements.ReadAsync(db, id, cancellationToken);
        var listing = await ProfileListing.ReadAsync(db, id, entity.RecentFrom, Paging.Clamp(articlePage), ArticlePageSize, cancellationToken);
        return new Profile(
            entity.Header,
            entity.Aliases,
            FactLine.Build(statements.Facts, entity.Decisions),
            entity.Sections,
            statements.Relationships,
            listing.Linked,
            listing.Years,
            listing.Articles,
            entity.FiledHere);
    }
}
