using CrimeArchive.Data;
using CrimeArchive.Data.Search;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Importing;
using CrimeArchive.Web.Editing.History;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Profiles;

/// <summary>The newsroom's writes to a profile's text: main name, lead, sections and aliases. Like
/// article writes, each locks the entity's row, refuses a form older than the profile, and writes a
/// revision and the search change log. What an editor changes is marked so imports leave it alone.</summary>
public sealed class ProfileEditing(ArchiveDbContext db, TimeProvider clock)
{
    public Task<ProfileSaveResult> SaveAsync(long id, uint version, ProfileFields fields, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, editor, async entity =>
        {
            var name = fields.Name.Trim();
            if (name.Length == 0)
                return "A profile needs a name.";
            if (name != entity.Name && await RenameAsync(entity, name, editor, cancellationToken) is { } refused)
                return refused;
            // Browsers post text with CRLF; stored text (and what imports write) uses LF.
            var lead = string.IsNullOrWhiteSpace(fields.Lead) ? null : fields.Lead.ReplaceLineEndings("\n").Trim();
            if (lead != entity.Lead)
            {
                entity.Lead = lead;
                entity.LeadEditedBy = editor.Copy();
            }
            return EditSections(entity, fields.Sections, editor);
        }, cancellationToken);

    /// <summary>Puts an earlier revision's name, lead and sections back (a new revision; names the
    /// revision had and the profile lost are added back, names added since stay).</summary>
    public Task<ProfileSaveResult> RestoreAsync(long id, uint version, int number, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, editor, async entity =>
        {
            if (await RevisionLog.FindAsync(db, RevisionSubject.Entity, id, number, cancellationToken) is not { } revision)
                return $"There is no revision {number} of this profile.";
            var old = ProfileSnapshot.FromJson(revision.Snapshot);
            foreach (var name in old.Aliases.Where(n => entity.Aliases.All(a => a.NormalizedName != NameNormalizer.Normalize(n))))
            {
                AddAlias(entity, name, editor);
                await db.RemovedAliases.Where(r => r.EntityId == entity.Id && r.NormalizedName == NameNormalizer.Normalize(name)).ExecuteDeleteAsync(cancellationToken);
            }
            if (old.Name != entity.Name && await RenameAsync(entity, old.Name, editor, cancellationToken) is { } refused)
                return refused;
            if (old.Lead != entity.Lead)
                (entity.Lead, entity.LeadEditedBy) = (old.Lead, editor.Copy());
            var sections = old.Sections.Select(s => new SectionFields(entity.Sections.FirstOrDefault(e => e.Heading == s.Heading)?.Id, s.Heading, s.Body)).ToList();
            RevisionLog.Audit(db, AuditAction.Restored, RevisionSubject.Entity, entity.Id, editor, $"{entity.Name}: revision {number}", clock.GetUtcNow());
            return EditSections(entity, sections, editor);
        }, cancellationToken);

    public Task<ProfileSaveResult> AddAliasAsync(long id, uint version, string name, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, editor, async entity =>
        {
            name = name.Trim();
            var normalized = NameNormalizer.Normalize(name);
            if (normalized.Length == 0)
                return "Type the name to add.";
            if (entity.Aliases.Any(a => a.NormalizedName == normalized))
                return $"{entity.Name} already has the name '{name}'.";
            AddAlias(entity, name, editor);
            await db.RemovedAliases.Where(r => r.EntityId == entity.Id && r.NormalizedName == normalized).ExecuteDeleteAsync(cancellationToken);
            return null;
        }, cancellationToken);

    public Task<ProfileSaveResult> RemoveAliasAsync(long id, uint version, long aliasId, string? reason, EditorRef editor, CancellationToken cancellationToken) =>
        WriteAsync(id, version, editor, async entity =>
        {
            // A running import would give the name back from its own copy of the profile.
            if (!await ImportLock.TryTakeForTransactionAsync(db, cancellationToken))
                return EntityMerging.ImportRunning;
            var alias = entity.Aliases.FirstOrDefault(a => a.Id == aliasId);
            if (alias is null)
                return "That name is not on this profile any more.";
            if (alias.NormalizedName == entity.NormalizedName)
                return "The main name cannot be removed: make another name the main one first.";
            entity.Aliases.Remove(alias);
            db.Aliases.Remove(alias);
            db.RemovedAliases.Add(new RemovedAlias
            {
                EntityId = entity.Id, Name = alias.Name, NormalizedName = alias.NormalizedName, RemovedBy = editor.Copy(), RemovedAt = clock.GetUtcNow(),
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            });
            return null;
        }, cancellationToken);

    private async Task<ProfileSaveResult> WriteAsync(long id, uint version, EditorRef editor, Func<Entity, Task<string?>> change,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Entities.FromSql($"SELECT *, xmin FROM entities WHERE id = {id} FOR UPDATE")
            .Include(e => e.Aliases).Include(e => e.Sections).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
            return new ProfileSaveResult(ProfileSaveStatus.NotFound);
        if (entity.Version != version)
            return new ProfileSaveResult(ProfileSaveStatus.Conflict, entity.Id, entity.Version, Current: ProfileSnapshot.Of(entity));
        var before = ProfileSnapshot.Of(entity);
        if (await change(entity) is { } refused)
            return ProfileSaveResult.Invalid(refused);
        var changed = ProfileSnapshot.Of(entity).ChangedSince(before);
        if (changed.Count == 0)
            return new ProfileSaveResult(ProfileSaveStatus.Saved, entity.Id, entity.Version);
        var now = clock.GetUtcNow();
        entity.UpdatedAt = now;
        await RevisionLog.AddAsync(db, RevisionSubject.Entity, entity.Id, editor, string.Join(", ", changed), ProfileSnapshot.Of(entity).ToJson(), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // A new name changes how every article naming the entity is found.
        var kind = before.Name != entity.Name || before.Aliases.Count != entity.Aliases.Count ? SearchChangeKind.EntityAndArticles : SearchChangeKind.Entity;
        await SearchChangeLog.RecordAsync(db, [(kind, entity.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var saved = await db.Entities.AsNoTracking().Where(e => e.Id == entity.Id).Select(e => e.Version).SingleAsync(cancellationToken);
        return new ProfileSaveResult(ProfileSaveStatus.Saved, entity.Id, saved);
    }

    /// <summary>The main name becomes <paramref name="name"/> (one of its names, or a new one); the
    /// slug follows and the old address redirects.</summary>
    private async Task<string?> RenameAsync(Entity entity, string name, EditorRef editor, CancellationToken cancellationToken)
    {
        var normalized = NameNormalizer.Normalize(name);
        await db.RemovedAliases.Where(r => r.EntityId == entity.Id && r.NormalizedName == normalized).ExecuteDeleteAsync(cancellationToken);
        var alias = entity.Aliases.FirstOrDefault(a => a.NormalizedName == normalized) ?? AddAlias(entity, name, editor);
        alias.EditorVotes++;
        var slug = await EntityNames.FreeSlugAsync(db, entity.Kind, name, entity.Id, cancellationToken);
        if (slug != entity.Slug)
        {
            await db.SlugRedirects.Where(r => r.Subject == RevisionSubject.Entity && r.EntityKind == entity.Kind && r.OldSlug == slug && r.SubjectId == entity.Id)
                .ExecuteDeleteAsync(cancellationToken);
            db.SlugRedirects.Add(new SlugRedirect
            {
                Subject = RevisionSubject.Entity, EntityKind = entity.Kind, OldSlug = entity.Slug, SubjectId = entity.Id, CreatedAt = clock.GetUtcNow(),
            });
        }
        entity.Name = alias.Name;
        entity.NormalizedName = normalized;
        entity.Slug = slug;
        entity.NameEditedBy = editor.Copy();
        return null;
    }

    private string? EditSections(Entity entity, IReadOnlyList<SectionFields> sections, EditorRef editor)
    {
        var now = clock.GetUtcNow();
        foreach (var posted in sections)
        {
            var heading = posted.Heading.Trim();
            var body = posted.Body.ReplaceLineEndings("\n").Trim();
            if (posted.Id is { } sectionId)
            {
                var section = entity.Sections.FirstOrDefault(s => s.Id == sectionId);
                if (section is null)
                    return "A section of the form is no longer on the profile: open it again.";
                if (heading.Length == 0)
                    return "A section needs a heading.";
                if (section.Heading == heading && section.BodyMarkdown == body)
                    continue;
                if (entity.Sections.Any(s => s != section && s.Heading == heading))
                    return $"The profile already has a section '{heading}'.";
                (section.Heading, section.BodyMarkdown, section.EditedBy, section.EditedAt) = (heading, body, editor.Copy(), now);
            }
            else if (heading.Length > 0 || body.Length > 0)
            {
                if (heading.Length == 0)
                    return "A new section needs a heading.";
                if (entity.Sections.Any(s => s.Heading == heading))
                    return $"The profile already has a section '{heading}'.";
                entity.Sections.Add(new ProfileSection
                {
                    Heading = heading, BodyMarkdown = body, Position = entity.Sections.Select(s => s.Position).DefaultIfEmpty(0).Max() + 1,
                    EditedBy = editor.Copy(), EditedAt = now,
                });
            }
        }
        return null;
    }

    private EntityAlias AddAlias(Entity entity, string name, EditorRef editor)
    {
        var alias = new EntityAlias { Name = name, NormalizedName = NameNormalizer.Normalize(name), AddedBy = editor.Copy(), CreatedAt = clock.GetUtcNow() };
        entity.Aliases.Add(alias);
        return alias;
    }

}
