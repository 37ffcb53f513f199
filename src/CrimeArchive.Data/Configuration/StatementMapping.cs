using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

/// <summary>The provenance columns every kind of statement has, mapped the same way. Statements
/// derive from a source text: removing the text removes what it stated; removing an article only
/// unlinks them, since the source still states them.</summary>
internal static class StatementMapping
{
    public static void MapProvenance<T>(this EntityTypeBuilder<T> statement) where T : Statement
    {
        statement.OwnsEditor(s => s.Editor, "editor");
        statement.Property(s => s.SourceNote).HasMaxLength(1000);
        statement.HasOne(s => s.SourceDocument).WithMany().HasForeignKey(s => s.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        statement.HasOne(s => s.Article).WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
