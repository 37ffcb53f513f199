using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProfileCuration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name_edited_by",
                table: "entities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "name_edited_by_user_id",
                table: "entities",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "removed_aliases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    removed_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    removed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_removed_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_removed_aliases_accounts_removed_by_user_id",
                        column: x => x.removed_by_user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_removed_aliases_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_entities_name_edited_by_user_id",
                table: "entities",
                column: "name_edited_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_removed_aliases_entity_id_normalized_name",
                table: "removed_aliases",
                columns: new[] { "entity_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_removed_aliases_removed_by_user_id",
                table: "removed_aliases",
                column: "removed_by_user_id");

            migrationBuilder.AddForeignKey(
                name: "fk_entities_accounts_name_edited_by_user_id",
                table: "entities",
                column: "name_edited_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_entities_accounts_name_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropTable(
                name: "removed_aliases");

            migrationBuilder.DropIndex(
                name: "ix_entities_name_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "name_edited_by",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "name_edited_by_user_id",
                table: "entities");
        }
    }
}
