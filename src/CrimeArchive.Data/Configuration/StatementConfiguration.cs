using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> fact)
    {
        fact.Property(f => f.Key).HasMaxLength(200);
        fact.HasIndex(f => new { f.EntityId, f.Key });
        fact.HasIndex(f => f.SourceDocumentId);
        fact.HasOne(f => f.Entity).WithMany(e => e.Facts).OnDelete(DeleteBehavior.Cascade);
        fact.MapProvenance();
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> relationship)
    {
        relationship.HasIndex(r => new { r.SubjectId, r.Type });
        relationship.HasIndex(r => new { r.ObjectId, r.Type });
        relationship.HasIndex(r => new { r.SourceDocumentId, r.SubjectId, r.Type, r.ObjectId }).IsUnique();
        relationship.HasOne(r => r.Subject).WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Cascade);
        relationship.HasOne(r => r.Object).WithMany().HasForeignKey(r => r.ObjectId).OnDelete(DeleteBehavior.Cascade);
        relationship.MapProvenance();
        relationship.ToTable(t => t.HasCheckConstraint("ck_relationships_not_self", "subject_id <> object_id"));
    }
}

// A mention derives from its source text the way statements do.
internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        mention.Property(m => m.Surface).HasMaxLength(300);
        // A profile lists the articles naming its entity from this index alone.
        mention.HasIndex(m => new { m.EntityId, m.ArticleId });
        mention.HasIndex(m => m.ArticleId);
        // What else a sentence names: a profile's places, a place's groups.
        mention.HasIndex(m => new { m.SourceDocumentId, m.SentenceStart });
        mention.HasIndex(m => new { m.SourceDocumentId, m.Start, m.EntityId }).IsUnique();
        mention.HasOne(m => m.Entity).WithMany(e => e.Mentions).OnDelete(DeleteBehavior.Cascade);
        mention.HasOne(m => m.SourceDocument).WithMany().OnDelete(DeleteBehavior.Cascade);
        mention.HasOne(m => m.Article).WithMany(a => a.Mentions).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WithdrawalConfiguration : IEntityTypeConfiguration<Withdrawal>
{
    public void Configure(EntityTypeBuilder<Withdrawal> withdrawal)
    {
        withdrawal.HasIndex(w => new { w.Kind, w.EntityId });
        withdrawal.HasIndex(w => new { w.Kind, w.ObjectId });
        withdrawal.Property(w => w.FactKey).HasMaxLength(200);
        withdrawal.Property(w => w.Reason).HasMaxLength(1000);
        withdrawal.HasOne<Entity>().WithMany().HasForeignKey(w => w.EntityId).OnDelete(DeleteBehavior.Cascade);
        withdrawal.HasOne<Entity>().WithMany().HasForeignKey(w => w.ObjectId).OnDelete(DeleteBehavior.Cascade);
        withdrawal.OwnsEditor(w => w.WithdrawnBy, "withdrawn_by");
        withdrawal.Navigation(w => w.WithdrawnBy).IsRequired();
    }
}
