using System.Linq.Expressions;
using CrimeArchive.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrimeArchive.Data.Configuration;

/// <summary>Maps an <see cref="EditorRef"/> into its owner's table: the name in the column the
/// free-text field had (<paramref name="column"/>), the account beside it (<c>{column}_user_id</c>).</summary>
internal static class EditorRefMapping
{
    public static void OwnsEditor<T>(this EntityTypeBuilder<T> owner, Expression<Func<T, EditorRef?>> navigation, string column)
        where T : class =>
        owner.OwnsOne(navigation, editor =>
        {
            editor.Property(e => e.Name).HasColumnName(column).HasMaxLength(200);
            editor.Property(e => e.UserId).HasColumnName(column + "_user_id");
            // An account removed leaves the name: the statement still says who made it.
            editor.HasOne<EditorAccount>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        });
}
