using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatementCuration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "relationships",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_note",
                table: "relationships",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "facts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_note",
                table: "facts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "withdrawals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    object_id = table.Column<long>(type: "bigint", nullable: true),
                    fact_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    fact_value = table.Column<string>(type: "text", nullable: true),
                    withdrawn_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_withdrawals", x => x.id);
                    table.ForeignKey(
                        name: "fk_withdrawals_accounts_withdrawn_by_user_id",
                        column: x => x.withdrawn_by_user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_withdrawals_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_withdrawals_entities_object_id",
                        column: x => x.object_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_entity_id",
                table: "withdrawals",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_kind_entity_id",
                table: "withdrawals",
                columns: new[] { "kind", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_kind_object_id",
                table: "withdrawals",
                columns: new[] { "kind", "object_id" });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_object_id",
                table: "withdrawals",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_withdrawn_by_user_id",
                table: "withdrawals",
                column: "withdrawn_by_user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "withdrawals");

            migrationBuilder.DropColumn(
                name: "source_note",
                table: "relationships");

            migrationBuilder.DropColumn(
                name: "source_note",
                table: "facts");

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "relationships",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "facts",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);
        }
    }
}
