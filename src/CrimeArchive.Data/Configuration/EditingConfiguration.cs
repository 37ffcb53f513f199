using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        revision.HasIndex(r => new { r.Subject, r.SubjectId, r.Number }).IsUnique();
        revision.Property(r => r.Summary).HasMaxLength(500);
        revision.Property(r => r.Snapshot).HasColumnType("jsonb");
        revision.OwnsEditor(r => r.Editor, "editor");
        revision.Navigation(r => r.Editor).IsRequired();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.Subject, e.SubjectId });
        entry.Property(e => e.Description).HasMaxLength(1000);
        entry.OwnsEditor(e => e.Editor, "editor");
        entry.Navigation(e => e.Editor).IsRequired();
    }
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> redirect)
    {
        redirect.Property(r => r.OldSlug).HasMaxLength(200);
        // One old address leads to one place; NULLS NOT DISTINCT so articles (no kind) are unique too.
        redirect.HasIndex(r => new { r.Subject, r.EntityKind, r.OldSlug }).IsUnique().AreNullsDistinct(false);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> proposal)
    {
        proposal.HasIndex(p => new { p.ArticleId, p.Signature }).IsUnique();
        proposal.Property(p => p.Signature).HasMaxLength(1000);
        proposal.Property(p => p.EntityName).HasMaxLength(300);
        proposal.Property(p => p.ObjectName).HasMaxLength(300);
        proposal.Property(p => p.FactKey).HasMaxLength(200);
        proposal.Property(p => p.Mentions).HasColumnType("jsonb");
        proposal.Property(p => p.Aliases).HasColumnType("jsonb");
        proposal.HasOne(p => p.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        proposal.HasOne<Entity>().WithMany().HasForeignKey(p => p.EntityId).OnDelete(DeleteBehavior.SetNull);
        proposal.HasOne<Entity>().WithMany().HasForeignKey(p => p.ObjectId).OnDelete(DeleteBehavior.SetNull);
        proposal.OwnsEditor(p => p.DecidedBy, "decided_by");
    }
}
