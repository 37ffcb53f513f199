using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(200);
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Title).HasMaxLength(500);
        article.Property(a => a.Author).HasMaxLength(200);
        article.Property(a => a.Country).HasMaxLength(100);
        article.Property(a => a.Language).HasMaxLength(5);
        article.Property(a => a.LeadFingerprint).HasMaxLength(64);
        article.HasIndex(a => a.LeadFingerprint);
        // The archive lists newest first, by status.
        article.HasIndex(a => new { a.Status, a.PublishedOn });
        article.HasIndex(a => a.Country);
        article.HasIndex(a => a.Tags).HasMethod("gin");
        article.Property(a => a.Version).IsRowVersion();
        // Deleting one version of a piece leaves the other standing, unpaired.
        article.HasOne(a => a.OtherLanguage).WithMany().HasForeignKey(a => a.OtherLanguageId).OnDelete(DeleteBehavior.SetNull);
        // The importer inserts articles without naming it: none of their fields is an editor's yet.
        article.Property(a => a.EditedFields).HasDefaultValueSql("'{}'");
    }
}

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> source)
    {
        source.Property(s => s.FileName).HasMaxLength(500);
        source.Property(s => s.Checksum).HasMaxLength(64);
        source.HasIndex(s => s.Checksum).IsUnique();
        source.HasIndex(s => s.FileName);
        source.Property(s => s.Encoding).HasMaxLength(30);
        // Raw sources outlive the records made from them: deleting an article or a profile keeps them.
        source.HasOne(s => s.Article).WithMany(a => a.Sources).OnDelete(DeleteBehavior.SetNull);
        source.HasOne(s => s.SupersededBy).WithMany().HasForeignKey(s => s.SupersededById).OnDelete(DeleteBehavior.SetNull);
        source.HasOne(s => s.ProfileEntity).WithMany().HasForeignKey(s => s.ProfileEntityId).OnDelete(DeleteBehavior.SetNull);
    }
}
