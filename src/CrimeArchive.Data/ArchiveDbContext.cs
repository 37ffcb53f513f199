using CrimeArchive.Data.Accounts;
using CrimeArchive.Data.Configuration;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Data;

public class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options)
    : IdentityDbContext<EditorAccount, IdentityRole<long>, long>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<EntityAlias> Aliases => Set<EntityAlias>();
    public DbSet<ProfileSection> ProfileSections => Set<ProfileSection>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<SearchChange> SearchChanges => Set<SearchChange>();
    public DbSet<RemovedAlias> RemovedAliases => Set<RemovedAlias>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.MapAccounts();
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable if members are reordered.
        configurationBuilder.Properties<ArticleKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EntityKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RelationshipType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SearchChangeKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RevisionSubject>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<StatementKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ProposalKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ProposalState>().HaveConversion<string>().HaveMaxLength(20);
    }
}
