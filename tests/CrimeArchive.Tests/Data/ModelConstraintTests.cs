using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Tests.Data;

public class ModelConstraintTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Entity NewEntity(EntityKind kind, string name, string? slug = null) => new()
    {
        Kind = kind, Name = name, NormalizedName = NameNormalizer.Normalize(name), Slug = slug ?? Slugs.From(name),
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static Article NewArticle(string slug) => new()
    {
        Slug = slug, Title = slug, LeadFingerprint = slug, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static SourceDocument NewSource(string checksum) => new()
    {
        FileName = checksum + ".txt", Checksum = checksum, RawText = "text", ImportedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<PostgresException> SaveFailsAsync(ArchiveDbContext db)
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        return Assert.IsType<PostgresException>(error.InnerException);
    }

    [Fact]
    public async Task Article_slugs_are_unique()
    {
        await using var db = database.CreateContext();
        db.Articles.AddRange(NewArticle("gang-truce"), NewArticle("gang-truce"));
        var error = await SaveFailsAsync(db);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task Entity_slugs_are_unique_per_kind_but_may_repeat_across_kinds()
    {
        await using (var db = database.CreateContext())
        {
            db.Entities.AddRange(NewEntity(EntityKind.Group, "Sinaloa"), NewEntity(EntityKind.Place, "Sinaloa"));
            await db.SaveChangesAsync();
        }
        await using var again = database.CreateContext();
        again.Entities.Add(NewEntity(EntityKind.Group, "Sinaloa"));
        var error = await SaveFailsAsync(again);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task An_alias_is_unique_per_entity_but_two_entities_may_share_it()
    {
        await using var db = database.CreateContext();
        var first = NewEntity(EntityKind.Person, "Mario Ruiz");
        var second = NewEntity(EntityKind.Person, "Pablo Ruiz");
        first.Aliases.Add(new EntityAlias { Name = "El Gordo", NormalizedName = "el gordo" });
        second.Aliases.Add(new EntityAlias { Name = "El Gordo", NormalizedName = "el gordo" });
        db.Entities.AddRange(first, second);
        await db.SaveChangesAsync();

        first.Aliases.Add(new EntityAlias { Name = "El Gordo", NormalizedName = "el gordo" });
        var error = await SaveFailsAsync(db);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task Deleting_an_entity_removes_its_aliases_mentions_and_relationships()
    {
        long otherId;
        await using (var db = database.CreateContext())
        {
            var gang = NewEntity(EntityKind.Group, "Los Halcones");
            var boss = NewEntity(EntityKind.Person, "Ramiro Soto");
            gang.Aliases.Add(new EntityAlias { Name = "Halcones", NormalizedName = "halcones" });
            var source = NewSource("a1");
            db.AddRange(gang, boss, source);
            db.Mentions.Add(new Mention { Entity = boss, SourceDocument = source, Surface = "Soto", Sentence = "Soto led them.", Start = 0, Length = 4 });
            db.Relationships.Add(new Relationship { Subject = boss, Object = gang, Type = RelationshipType.LeaderOf, SourceDocument = source });
            await db.SaveChangesAsync();
            otherId = gang.Id;
            db.Entities.Remove(boss);
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Mentions.CountAsync());
        Assert.Equal(0, await check.Relationships.CountAsync());
        Assert.Equal(1, await check.Aliases.CountAsync(a => a.EntityId == otherId));
        Assert.Equal(1, await check.SourceDocuments.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_article_keeps_its_raw_sources()
    {
        await using (var db = database.CreateContext())
        {
            var article = NewArticle("port-seizure");
            var source = NewSource("b2");
            source.Article = article;
            db.AddRange(article, source);
            await db.SaveChangesAsync();
            db.Articles.Remove(article);
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        var kept = await check.SourceDocuments.SingleAsync();
        Assert.Null(kept.ArticleId);
        Assert.Equal("text", kept.RawText);
    }

    [Fact]
    public async Task Deleting_a_source_removes_what_it_stated()
    {
        await using (var db = database.CreateContext())
        {
            var person = NewEntity(EntityKind.Person, "Ana Lucia Paz");
            var source = NewSource("c3");
            db.AddRange(person, source);
            db.Facts.Add(new Fact { Entity = person, Key = "Status", Value = "Captured", SourceDocument = source });
            db.Mentions.Add(new Mention { Entity = person, SourceDocument = source, Surface = "Paz", Sentence = "Paz was held.", Start = 0, Length = 3 });
            await db.SaveChangesAsync();
            db.SourceDocuments.Remove(source);
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Facts.CountAsync());
        Assert.Equal(0, await check.Mentions.CountAsync());
        Assert.Equal(1, await check.Entities.CountAsync());
    }

    [Fact]
    public async Task A_relationship_cannot_link_an_entity_to_itself()
    {
        await using var db = database.CreateContext();
        var gang = NewEntity(EntityKind.Group, "Los Pinos");
        db.Entities.Add(gang);
        await db.SaveChangesAsync();
        db.Relationships.Add(new Relationship { SubjectId = gang.Id, ObjectId = gang.Id, Type = RelationshipType.RivalOf });
        var error = await SaveFailsAsync(db);
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task Source_checksums_are_unique()
    {
        await using var db = database.CreateContext();
        db.SourceDocuments.AddRange(NewSource("d4"), NewSource("d4"));
        var error = await SaveFailsAsync(db);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }
}
