using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReaderPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentions_entity_id",
                table: "mentions");

            migrationBuilder.AddColumn<long>(
                name: "other_language_id",
                table: "articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentions_entity_id_article_id",
                table: "mentions",
                columns: new[] { "entity_id", "article_id" });

            migrationBuilder.CreateIndex(
                name: "ix_mentions_source_document_id_sentence_start",
                table: "mentions",
                columns: new[] { "source_document_id", "sentence_start" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_other_language_id",
                table: "articles",
                column: "other_language_id");

            migrationBuilder.AddForeignKey(
                name: "fk_articles_articles_other_language_id",
                table: "articles",
                column: "other_language_id",
                principalTable: "articles",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_articles_articles_other_language_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_mentions_entity_id_article_id",
                table: "mentions");

            migrationBuilder.DropIndex(
                name: "ix_mentions_source_document_id_sentence_start",
                table: "mentions");

            migrationBuilder.DropIndex(
                name: "ix_articles_other_language_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "other_language_id",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_entity_id",
                table: "mentions",
                column: "entity_id");
        }
    }
}
