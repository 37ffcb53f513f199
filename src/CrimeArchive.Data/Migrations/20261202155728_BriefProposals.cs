using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class BriefProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "source_document_id",
                table: "mentions",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    signature = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    entity_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: true),
                    relationship_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    object_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    object_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    object_id = table.Column<long>(type: "bigint", nullable: true),
                    fact_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    fact_value = table.Column<string>(type: "text", nullable: true),
                    aliases = table.Column<string>(type: "jsonb", nullable: true),
                    mentions = table.Column<string>(type: "jsonb", nullable: true),
                    sentence = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposals_accounts_decided_by_user_id",
                        column: x => x.decided_by_user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_proposals_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proposals_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_proposals_entities_object_id",
                        column: x => x.object_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_article_id_signature",
                table: "proposals",
                columns: new[] { "article_id", "signature" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_decided_by_user_id",
                table: "proposals",
                column: "decided_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_entity_id",
                table: "proposals",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_object_id",
                table: "proposals",
                column: "object_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proposals");

            migrationBuilder.AlterColumn<long>(
                name: "source_document_id",
                table: "mentions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
