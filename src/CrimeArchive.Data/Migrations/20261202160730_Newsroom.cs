using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class Newsroom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "editor_user_id",
                table: "relationships",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_note",
                table: "relationships",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "edited_by_user_id",
                table: "profile_sections",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "source_document_id",
                table: "mentions",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "editor_user_id",
                table: "facts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_note",
                table: "facts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "lead_edited_by",
                table: "entities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<long>(
                name: "lead_edited_by_user_id",
                table: "entities",
                type: "bigint",
                nullable: true);

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

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "entities",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<long>(
                name: "decided_by_user_id",
                table: "decisions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "edited_fields",
                table: "articles",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "publish_at",
                table: "articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "articles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<long>(
                name: "added_by_user_id",
                table: "aliases",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    must_change_password = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "slug_redirects",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    old_slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slug_redirects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "account_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_account_claims_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "account_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_account_logins_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "account_tokens",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_account_tokens_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    editor_user_id = table.Column<long>(type: "bigint", nullable: true),
                    editor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_log_accounts_editor_user_id",
                        column: x => x.editor_user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

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

            migrationBuilder.CreateTable(
                name: "revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    editor_user_id = table.Column<long>(type: "bigint", nullable: true),
                    editor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_revisions_accounts_editor_user_id",
                        column: x => x.editor_user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

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

            migrationBuilder.CreateTable(
                name: "account_roles",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    role_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_account_roles_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_account_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<long>(type: "bigint", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_relationships_editor_user_id",
                table: "relationships",
                column: "editor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_sections_edited_by_user_id",
                table: "profile_sections",
                column: "edited_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_facts_editor_user_id",
                table: "facts",
                column: "editor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_entities_lead_edited_by_user_id",
                table: "entities",
                column: "lead_edited_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_entities_name_edited_by_user_id",
                table: "entities",
                column: "name_edited_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_decided_by_user_id",
                table: "decisions",
                column: "decided_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_aliases_added_by_user_id",
                table: "aliases",
                column: "added_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_claims_user_id",
                table: "account_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_logins_user_id",
                table: "account_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_roles_role_id",
                table: "account_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "accounts",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "accounts",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_editor_user_id",
                table: "audit_log",
                column: "editor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_subject_subject_id",
                table: "audit_log",
                columns: new[] { "subject", "subject_id" });

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

            migrationBuilder.CreateIndex(
                name: "ix_removed_aliases_entity_id_normalized_name",
                table: "removed_aliases",
                columns: new[] { "entity_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_removed_aliases_removed_by_user_id",
                table: "removed_aliases",
                column: "removed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_revisions_editor_user_id",
                table: "revisions",
                column: "editor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_revisions_subject_subject_id_number",
                table: "revisions",
                columns: new[] { "subject", "subject_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slug_redirects_subject_entity_kind_old_slug",
                table: "slug_redirects",
                columns: new[] { "subject", "entity_kind", "old_slug" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

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

            migrationBuilder.AddForeignKey(
                name: "fk_aliases_accounts_added_by_user_id",
                table: "aliases",
                column: "added_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_decisions_accounts_decided_by_user_id",
                table: "decisions",
                column: "decided_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_entities_accounts_lead_edited_by_user_id",
                table: "entities",
                column: "lead_edited_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_entities_accounts_name_edited_by_user_id",
                table: "entities",
                column: "name_edited_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_facts_accounts_editor_user_id",
                table: "facts",
                column: "editor_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_profile_sections_accounts_edited_by_user_id",
                table: "profile_sections",
                column: "edited_by_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_relationships_accounts_editor_user_id",
                table: "relationships",
                column: "editor_user_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_aliases_accounts_added_by_user_id",
                table: "aliases");

            migrationBuilder.DropForeignKey(
                name: "fk_decisions_accounts_decided_by_user_id",
                table: "decisions");

            migrationBuilder.DropForeignKey(
                name: "fk_entities_accounts_lead_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropForeignKey(
                name: "fk_entities_accounts_name_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropForeignKey(
                name: "fk_facts_accounts_editor_user_id",
                table: "facts");

            migrationBuilder.DropForeignKey(
                name: "fk_profile_sections_accounts_edited_by_user_id",
                table: "profile_sections");

            migrationBuilder.DropForeignKey(
                name: "fk_relationships_accounts_editor_user_id",
                table: "relationships");

            migrationBuilder.DropTable(
                name: "account_claims");

            migrationBuilder.DropTable(
                name: "account_logins");

            migrationBuilder.DropTable(
                name: "account_roles");

            migrationBuilder.DropTable(
                name: "account_tokens");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "proposals");

            migrationBuilder.DropTable(
                name: "removed_aliases");

            migrationBuilder.DropTable(
                name: "revisions");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "slug_redirects");

            migrationBuilder.DropTable(
                name: "withdrawals");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_relationships_editor_user_id",
                table: "relationships");

            migrationBuilder.DropIndex(
                name: "ix_profile_sections_edited_by_user_id",
                table: "profile_sections");

            migrationBuilder.DropIndex(
                name: "ix_facts_editor_user_id",
                table: "facts");

            migrationBuilder.DropIndex(
                name: "ix_entities_lead_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropIndex(
                name: "ix_entities_name_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropIndex(
                name: "ix_decisions_decided_by_user_id",
                table: "decisions");

            migrationBuilder.DropIndex(
                name: "ix_aliases_added_by_user_id",
                table: "aliases");

            migrationBuilder.DropColumn(
                name: "editor_user_id",
                table: "relationships");

            migrationBuilder.DropColumn(
                name: "source_note",
                table: "relationships");

            migrationBuilder.DropColumn(
                name: "edited_by_user_id",
                table: "profile_sections");

            migrationBuilder.DropColumn(
                name: "editor_user_id",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "source_note",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "lead_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "name_edited_by",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "name_edited_by_user_id",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "entities");

            migrationBuilder.DropColumn(
                name: "decided_by_user_id",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "edited_fields",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "publish_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "added_by_user_id",
                table: "aliases");

            migrationBuilder.AlterColumn<long>(
                name: "source_document_id",
                table: "mentions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "lead_edited_by",
                table: "entities",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
