using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrimeArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    title_derived = table.Column<bool>(type: "boolean", nullable: false),
                    lead = table.Column<string>(type: "text", nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    analysis_markdown = table.Column<string>(type: "text", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    year_hint = table.Column<int>(type: "integer", nullable: true),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lead_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lead = table.Column<string>(type: "text", nullable: true),
                    lead_edited_by = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    chosen_value = table.Column<string>(type: "text", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_decisions_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "source_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    checksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    raw_text = table.Column<string>(type: "text", nullable: false),
                    encoding = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    warnings = table.Column<List<string>>(type: "text[]", nullable: false),
                    name_votes = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    superseded_by_id = table.Column<long>(type: "bigint", nullable: true),
                    article_id = table.Column<long>(type: "bigint", nullable: true),
                    profile_entity_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_source_documents_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_source_documents_entities_profile_entity_id",
                        column: x => x.profile_entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_source_documents_source_documents_superseded_by_id",
                        column: x => x.superseded_by_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "aliases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    editor_votes = table.Column<int>(type: "integer", nullable: false),
                    source_document_id = table.Column<long>(type: "bigint", nullable: true),
                    sentence = table.Column<string>(type: "text", nullable: true),
                    added_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_aliases_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aliases_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    source_document_id = table.Column<long>(type: "bigint", nullable: true),
                    article_id = table.Column<long>(type: "bigint", nullable: true),
                    sentence = table.Column<string>(type: "text", nullable: true),
                    sentence_start = table.Column<int>(type: "integer", nullable: true),
                    stated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    editor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facts", x => x.id);
                    table.ForeignKey(
                        name: "fk_facts_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_facts_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_facts_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    source_document_id = table.Column<long>(type: "bigint", nullable: false),
                    article_id = table.Column<long>(type: "bigint", nullable: true),
                    surface = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    sentence = table.Column<string>(type: "text", nullable: false),
                    sentence_start = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_mentions_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentions_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_sections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    source_document_id = table.Column<long>(type: "bigint", nullable: true),
                    edited_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_sections_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_profile_sections_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    object_id = table.Column<long>(type: "bigint", nullable: false),
                    source_document_id = table.Column<long>(type: "bigint", nullable: true),
                    article_id = table.Column<long>(type: "bigint", nullable: true),
                    sentence = table.Column<string>(type: "text", nullable: true),
                    sentence_start = table.Column<int>(type: "integer", nullable: true),
                    stated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    editor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationships", x => x.id);
                    table.CheckConstraint("ck_relationships_not_self", "subject_id <> object_id");
                    table.ForeignKey(
                        name: "fk_relationships_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_relationships_entities_object_id",
                        column: x => x.object_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_relationships_entities_subject_id",
                        column: x => x.subject_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_relationships_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_aliases_entity_id_normalized_name",
                table: "aliases",
                columns: new[] { "entity_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aliases_normalized_name",
                table: "aliases",
                column: "normalized_name");

            migrationBuilder.CreateIndex(
                name: "ix_aliases_source_document_id",
                table: "aliases",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_country",
                table: "articles",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "ix_articles_lead_fingerprint",
                table: "articles",
                column: "lead_fingerprint");

            migrationBuilder.CreateIndex(
                name: "ix_articles_slug",
                table: "articles",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_published_on",
                table: "articles",
                columns: new[] { "status", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_tags",
                table: "articles",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_entity_id_key",
                table: "decisions",
                columns: new[] { "entity_id", "key" });

            migrationBuilder.CreateIndex(
                name: "ix_entities_kind_slug",
                table: "entities",
                columns: new[] { "kind", "slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_entities_normalized_name",
                table: "entities",
                column: "normalized_name");

            migrationBuilder.CreateIndex(
                name: "ix_facts_article_id",
                table: "facts",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_facts_entity_id_key",
                table: "facts",
                columns: new[] { "entity_id", "key" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_source_document_id",
                table: "facts",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_article_id",
                table: "mentions",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_entity_id",
                table: "mentions",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_source_document_id_start_entity_id",
                table: "mentions",
                columns: new[] { "source_document_id", "start", "entity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_profile_sections_entity_id_heading",
                table: "profile_sections",
                columns: new[] { "entity_id", "heading" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_profile_sections_source_document_id",
                table: "profile_sections",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_article_id",
                table: "relationships",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_object_id_type",
                table: "relationships",
                columns: new[] { "object_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_relationships_source_document_id_subject_id_type_object_id",
                table: "relationships",
                columns: new[] { "source_document_id", "subject_id", "type", "object_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relationships_subject_id_type",
                table: "relationships",
                columns: new[] { "subject_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_article_id",
                table: "source_documents",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_checksum",
                table: "source_documents",
                column: "checksum",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_file_name",
                table: "source_documents",
                column: "file_name");

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_profile_entity_id",
                table: "source_documents",
                column: "profile_entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_superseded_by_id",
                table: "source_documents",
                column: "superseded_by_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aliases");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "facts");

            migrationBuilder.DropTable(
                name: "mentions");

            migrationBuilder.DropTable(
                name: "profile_sections");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "source_documents");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "entities");
        }
    }
}
