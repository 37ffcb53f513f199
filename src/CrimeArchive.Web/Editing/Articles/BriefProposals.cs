using System.Text.Json;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Data.Search;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Importing;
using CrimeArchive.Web.Editing.History;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Editing.Articles;

/// <summary>A proposal as the brief's page shows it, with what the profile says now when the proposal would change it.</summary>
public sealed record ProposalView(Proposal Proposal, string? CurrentValue);

/// <summary>Extraction proposes, the editor decides: on each save of a brief, the importer's extraction
/// reads it and proposes links to entities the archive has, new entities, relationships and status
/// facts. Accepted ones become mentions and statements citing the brief and its sentence; rejected
/// ones are not proposed again for that brief.</summary>
public sealed class BriefProposals(ArchiveDbContext db, TimeProvider clock)
{
    private const string AcceptedReason = "stated in this brief, accepted by an editor";
    private const string LeaderKey = "Leader";

    private sealed record Place(string Surface, int Start, int Length, string Sentence, int SentenceStart);

    /// <summary>Proposes what the brief says now; open proposals the text no longer supports are dropped.</summary>
    public async Task RefreshAsync(long articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return;
        var reading = await BriefReader.ReadAsync(db, article.Title, article.Lead, article.BodyMarkdown, cancellationToken);
        var now = clock.GetUtcNow();
        var found = new Dictionary<string, Proposal>(StringComparer.Ordinal);
        void Propose(Proposal p) => found.TryAdd(p.Signature, p);
        foreach (var entity in reading.Entities)
        {
            var e = entity.Extracted;
            Propose(new Proposal
            {
                ArticleId = articleId, Kind = entity.ExistingId is null ? ProposalKind.NewEntity : ProposalKind.Link, Signature = $"entity|{KeyOf(entity)}",
                EntityKind = e.Kind, EntityName = entity.ExistingName ?? e.Name, EntityId = entity.ExistingId,
                Aliases = JsonSerializer.Serialize(e.Aliases.Prepend(e.Name).Distinct()),
                Mentions = JsonSerializer.Serialize(e.Mentions.Select(m => new Place(m.Surface, m.Start, m.Length, m.Sentence, m.SentenceStart))),
                Sentence = e.Mentions.Count > 0 ? e.Mentions[0].Sentence : e.Name, CreatedAt = now,
            });
        }
        foreach (var r in reading.Relationships)
        {
            var (subject, @object) = (reading.Of(r.Subject), reading.Of(r.Object));
            Propose(new Proposal
            {
                ArticleId = articleId, Kind = ProposalKind.Relationship, Signature = $"rel|{KeyOf(subject)}|{r.Type}|{KeyOf(@object)}",
                EntityKind = r.Subject.Kind, EntityName = subject.ExistingName ?? r.Subject.Name, EntityId = subject.ExistingId, RelationshipType = r.Type,
                ObjectKind = r.Object.Kind, ObjectName = @object.ExistingName ?? r.Object.Name, ObjectId = @object.ExistingId, Sentence = r.Sentence, CreatedAt = now,
            });
        }
        foreach (var f in reading.Facts)
        {
            var entity = reading.Of(f.Entity);
            Propose(new Proposal
            {
                ArticleId = articleId, Kind = ProposalKind.Fact, Signature = $"fact|{KeyOf(entity)}|{f.Key}|{f.Value}",
                EntityKind = f.Entity.Kind, EntityName = entity.ExistingName ?? f.Entity.Name, EntityId = entity.ExistingId, FactKey = f.Key, FactValue = f.Value,
                Sentence = f.Sentence, CreatedAt = now,
            });
        }
        var known = await db.Proposals.Where(p => p.ArticleId == articleId).ToListAsync(cancellationToken);
        db.Proposals.RemoveRange(known.Where(p => p.State == ProposalState.Open && !found.ContainsKey(p.Signature)));
        var seen = known.Select(p => p.Signature).ToHashSet(StringComparer.Ordinal);
        db.Proposals.AddRange(found.Values.Where(p => !seen.Contains(p.Signature)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProposalView>> ForArticleAsync(long articleId, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.ArticleId == articleId)
            .OrderBy(p => p.State).ThenBy(p => p.Kind).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var views = new List<ProposalView>();
        foreach (var p in proposals)
        {
            string? current = null;
            if (p.Kind == ProposalKind.Fact && p.EntityId is { } id)
                current = await CurrentValueAsync(id, p.FactKey!, cancellationToken);
            else if (p.Kind == ProposalKind.Relationship && p.RelationshipType == RelationshipType.LeaderOf && p.ObjectId is { } group)
            {
                var leaders = await db.Relationships.Standing(db.Withdrawals).Where(r => r.ObjectId == group && r.Type == RelationshipType.LeaderOf)
                    .Select(r => r.Subject!.Name).Distinct().ToListAsync(cancellationToken);
                current = leaders.Count == 0 ? null : "led by " + string.Join(", ", leaders);
            }
            views.Add(new ProposalView(p, current));
        }
        return views;
    }

    /// <summary>What the profile gives for a fact now, by the profile's own rule (<see cref="FactLine"/>).</summary>
    private async Task<string?> CurrentValueAsync(long entityId, string key, CancellationToken cancellationToken)
    {
        var stated = await db.Facts.Standing(db.Withdrawals).Public().Where(f => f.EntityId == entityId && f.Key.ToLower() == key.ToLower())
            .Select(f => new { f.Key, f.Value, f.StatedOn }).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.Where(d => d.EntityId == entityId && d.Key.ToLower() == key.ToLower())
            .Select(d => new Settlement(d.Key, d.ChosenValue, d.DecidedBy.Name, d.Reason, d.DecidedAt)).ToListAsync(cancellationToken);
        var lines = FactLine.Build(stated.Select(f => (f.Key, new Citation(f.Value, null, f.StatedOn, null, null, null, null, null))), decisions);
        return lines.Count == 0 ? null : lines[0].Value;
    }

    public async Task<string?> RejectAsync(long articleId, long proposalId, EditorRef editor, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.ArticleId == articleId, cancellationToken);
        if (proposal is null || proposal.State != ProposalState.Open)
            return "That proposal has been decided already.";
        (proposal.State, proposal.DecidedBy, proposal.DecidedAt) = (ProposalState.Rejected, editor.Copy(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Accepts a proposal; for a fact, <paramref name="settle"/> also makes it the profile's value.</summary>
    public async Task<string?> AcceptAsync(long articleId, long proposalId, bool settle, EditorRef editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked: a second click, or a second editor, finds it decided instead of stating it twice.
        var proposal = await db.Proposals.FromSql($"SELECT * FROM proposals WHERE id = {proposalId} AND article_id = {articleId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null || proposal.State != ProposalState.Open)
            return "That proposal has been decided already.";
        var article = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
        var now = clock.GetUtcNow();
        var touched = new HashSet<long>();
        switch (proposal.Kind)
        {
            case ProposalKind.NewEntity:
                // An import or another brief may have brought the entity in since the proposal was made.
                var entityId = await FindAsync(proposal.EntityKind, proposal.EntityName, cancellationToken)
                    ?? (await CreateEntityAsync(proposal, editor, cancellationToken)).Id;
                proposal.EntityId = entityId;
                touched.Add(entityId);
                await LinkAsync(article, entityId, proposal, cancellationToken);
                break;
            case ProposalKind.Link:
                if (!await db.Entities.AnyAsync(e => e.Id == proposal.EntityId, cancellationToken))
                    return $"{proposal.EntityName} is no longer in the archive.";
                touched.Add(proposal.EntityId!.Value);
                await LinkAsync(article, proposal.EntityId!.Value, proposal, cancellationToken);
                break;
            case ProposalKind.Relationship:
                var subject = proposal.EntityId ?? await FindAsync(proposal.EntityKind, proposal.EntityName, cancellationToken);
                var @object = proposal.ObjectId ?? await FindAsync(proposal.ObjectKind!.Value, proposal.ObjectName!, cancellationToken);
                if (subject is null || @object is null)
                    return $"Accept the new {(subject is null ? proposal.EntityName : proposal.ObjectName)} first: the relationship needs both in the archive.";
                if (subject == @object)
                    return "Both names are the same entity in the archive: an entity is not related to itself.";
                db.Relationships.Add(Cite(new Relationship { SubjectId = subject.Value, Type = proposal.RelationshipType!.Value, ObjectId = @object.Value }, article, proposal, editor, now));
                touched.UnionWith([subject.Value, @object.Value]);
                await LinkByNameAsync(article, [subject.Value, @object.Value], cancellationToken);
                // A new leader confirmed: the group's factbox gives them as its leader now (the earlier
                // leaders' statements stay, as what was true before).
                if (settle && proposal.RelationshipType == RelationshipType.LeaderOf)
                {
                    var leaderName = await db.Entities.Where(e => e.Id == subject.Value).Select(e => e.Name).SingleAsync(cancellationToken);
                    db.Facts.Add(Cite(new Fact { EntityId = @object.Value, Key = LeaderKey, Value = leaderName }, article, proposal, editor, now));
                    await db.SaveChangesAsync(cancellationToken);
                    var group = await db.Entities.SingleAsync(e => e.Id == @object.Value, cancellationToken);
                    var settledLeader = await FactSettlement.SettleAsync(db, group, LeaderKey, leaderName, editor, $"stated in the brief '{article.Title}'", clock, cancellationToken);
                    if (!settledLeader.Settled)
                        return settledLeader.Message;
                }
                break;
            case ProposalKind.Fact:
                var entity = proposal.EntityId ?? await FindAsync(proposal.EntityKind, proposal.EntityName, cancellationToken);
                if (entity is null)
                    return $"Accept the new {proposal.EntityName} first: the fact needs them in the archive.";
                db.Facts.Add(Cite(new Fact { EntityId = entity.Value, Key = proposal.FactKey!, Value = proposal.FactValue! }, article, proposal, editor, now));
                touched.Add(entity.Value);
                await LinkByNameAsync(article, [entity.Value], cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (settle)
                {
                    var target = await db.Entities.SingleAsync(e => e.Id == entity.Value, cancellationToken);
                    var settled = await FactSettlement.SettleAsync(db, target, proposal.FactKey!, proposal.FactValue!, editor,
                        $"stated in the brief '{article.Title}'", clock, cancellationToken);
                    if (!settled.Settled)
                        return settled.Message;
                }
                break;
        }
        (proposal.State, proposal.DecidedBy, proposal.DecidedAt) = (ProposalState.Accepted, editor.Copy(), now);
        await db.SaveChangesAsync(cancellationToken);
        // Each profile the decision changed keeps it in its history.
        foreach (var entityId in touched)
        {
            var entity = await db.Entities.AsNoTracking().Include(e => e.Aliases).Include(e => e.Sections).AsSplitQuery().SingleAsync(e => e.Id == entityId, cancellationToken);
            await RevisionLog.AddAsync(db, RevisionSubject.Entity, entityId, editor, $"from the brief '{article.Title}': {Describe(proposal)}{(settle ? " (confirmed)" : "")}",
                ProfileSnapshot.Of(entity).ToJson(), now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await SearchChangeLog.RecordAsync(db, [(SearchChangeKind.Article, article.Id), .. touched.Select(id => (SearchChangeKind.Entity, id))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<Entity> CreateEntityAsync(Proposal proposal, EditorRef editor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var slug = await EntityNames.FreeSlugAsync(db, proposal.EntityKind, proposal.EntityName, 0, cancellationToken);
        var entity = new Entity
        {
            Kind = proposal.EntityKind, Name = proposal.EntityName, NormalizedName = NameNormalizer.Normalize(proposal.EntityName), Slug = slug,
            CreatedAt = now, UpdatedAt = now,
        };
        foreach (var name in JsonSerializer.Deserialize<List<string>>(proposal.Aliases ?? "[]") ?? [])
        {
            var normalized = NameNormalizer.Normalize(name);
            if (entity.Aliases.All(a => a.NormalizedName != normalized))
                entity.Aliases.Add(new EntityAlias { Name = name, NormalizedName = normalized, AddedBy = editor.Copy(), Sentence = proposal.Sentence, CreatedAt = now });
        }
        db.Entities.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <summary>The brief's mentions of an entity, as the proposal found them.</summary>
    private async Task LinkAsync(Article article, long entityId, Proposal proposal, CancellationToken cancellationToken)
    {
        var places = JsonSerializer.Deserialize<List<Place>>(proposal.Mentions ?? "[]") ?? [];
        var have = await db.Mentions.Where(m => m.ArticleId == article.Id && m.EntityId == entityId && m.SourceDocumentId == null)
            .Select(m => m.Start).ToListAsync(cancellationToken);
        foreach (var place in places.Where(p => !have.Contains(p.Start)))
        {
            db.Mentions.Add(new Data.Mention
            {
                EntityId = entityId, ArticleId = article.Id, Surface = place.Surface, Start = place.Start, Length = place.Length,
                Sentence = place.Sentence, SentenceStart = place.SentenceStart,
            });
        }
    }

    /// <summary>A statement names its entities: the brief's link proposals for them are accepted with it.</summary>
    private async Task LinkByNameAsync(Article article, long[] entityIds, CancellationToken cancellationToken)
    {
        var links = await db.Proposals.Where(p => p.ArticleId == article.Id && p.State == ProposalState.Open && p.Kind == ProposalKind.Link
            && p.EntityId != null && entityIds.Contains(p.EntityId.Value)).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            await LinkAsync(article, link.EntityId!.Value, link, cancellationToken);
            (link.State, link.DecidedAt) = (ProposalState.Accepted, clock.GetUtcNow());
        }
    }

    private async Task<long?> FindAsync(EntityKind kind, string name, CancellationToken cancellationToken) =>
        (await EntityNames.FindAsync(db, name, kind, 0, cancellationToken)).Id;

    private static T Cite<T>(T statement, Article article, Proposal proposal, EditorRef editor, DateTimeOffset now) where T : Statement
    {
        statement.ArticleId = article.Id;
        statement.Sentence = proposal.Sentence;
        statement.StatedOn = article.PublishedOn;
        statement.Editor = editor.Copy();
        statement.Reason = AcceptedReason;
        statement.CreatedAt = now;
        return statement;
    }

    /// <summary>An entity as the brief names it, the same before and after a proposed new entity is
    /// accepted: a decision stays attached to what it decided.</summary>
    private static string KeyOf(BriefEntity entity) => $"{entity.Extracted.Kind}:{NameNormalizer.Normalize(entity.Extracted.Name)}";

    private static string Describe(Proposal p) => p.Kind switch
    {
        ProposalKind.Link => $"linked to {p.EntityName}",
        ProposalKind.NewEntity => $"new {p.EntityKind.ToString().ToLowerInvariant()} {p.EntityName}",
        ProposalKind.Relationship => $"{p.EntityName} {p.RelationshipType!.Value.Phrase(true).ToLowerInvariant()} {p.ObjectName}",
        _ => $"{p.EntityName}: {p.FactKey} {p.FactValue}",
    };

}
