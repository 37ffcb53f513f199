using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> entity)
    {
        entity.Property(e => e.Name).HasMaxLength(300);
        entity.Property(e => e.NormalizedName).HasMaxLength(300);
        entity.Property(e => e.Slug).HasMaxLength(200);
        // Pages address an entity as /groups/{slug}, /people/{slug}, /places/{slug}.
        entity.HasIndex(e => new { e.Kind, e.Slug }).IsUnique();
        entity.HasIndex(e => e.NormalizedName);
        entity.OwnsEditor(e => e.LeadEditedBy, "lead_edited_by");
        entity.OwnsEditor(e => e.NameEditedBy, "name_edited_by");
        entity.Property(e => e.Version).IsRowVersion();
    }
}

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> alias)
    {
        alias.ToTable("aliases");
        alias.Property(a => a.Name).HasMaxLength(300);
        alias.Property(a => a.NormalizedName).HasMaxLength(300);
        alias.OwnsEditor(a => a.AddedBy, "added_by");
        alias.HasIndex(a => new { a.EntityId, a.NormalizedName }).IsUnique();
        alias.HasIndex(a => a.NormalizedName);
        alias.HasOne(a => a.Entity).WithMany(e => e.Aliases).OnDelete(DeleteBehavior.Cascade);
        alias.HasOne(a => a.SourceDocument).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RemovedAliasConfiguration : IEntityTypeConfiguration<RemovedAlias>
{
    public void Configure(EntityTypeBuilder<RemovedAlias> removed)
    {
        removed.Property(r => r.Name).HasMaxLength(300);
        removed.Property(r => r.NormalizedName).HasMaxLength(300);
        removed.Property(r => r.Reason).HasMaxLength(1000);
        removed.HasIndex(r => new { r.EntityId, r.NormalizedName }).IsUnique();
        removed.HasOne(r => r.Entity).WithMany().OnDelete(DeleteBehavior.Cascade);
        removed.OwnsEditor(r => r.RemovedBy, "removed_by");
        removed.Navigation(r => r.RemovedBy).IsRequired();
    }
}

internal sealed class ProfileSectionConfiguration : IEntityTypeConfiguration<ProfileSection>
{
    public void Configure(EntityTypeBuilder<ProfileSection> section)
    {
        section.Property(s => s.Heading).HasMaxLength(200);
        section.OwnsEditor(s => s.EditedBy, "edited_by");
        section.HasIndex(s => new { s.EntityId, s.Heading }).IsUnique();
        section.HasOne(s => s.Entity).WithMany(e => e.Sections).OnDelete(DeleteBehavior.Cascade);
        section.HasOne(s => s.SourceDocument).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> decision)
    {
        decision.Property(d => d.Key).HasMaxLength(200);
        decision.OwnsEditor(d => d.DecidedBy, "decided_by");
        decision.Navigation(d => d.DecidedBy).IsRequired();
        decision.HasIndex(d => new { d.EntityId, d.Key });
        decision.HasOne(d => d.Entity).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
