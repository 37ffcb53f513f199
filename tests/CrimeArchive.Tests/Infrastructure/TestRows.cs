using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Tests.Infrastructure;

/// <summary>Rows a test adds itself, each with unique keys (slugs, checksums) so that tests sharing
/// a database never collide.</summary>
public static class TestRows
{
    public static string UniqueSlug(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static Article Article(string slug, DateOnly? publishedOn = null, ArticleStatus status = ArticleStatus.Published) => new()
    {
        Slug = slug,
        Title = $"Title of {slug}",
        Lead = $"Lead of {slug}.",
        PublishedOn = publishedOn,
        Status = status,
        LeadFingerprint = Guid.NewGuid().ToString("N"),
    };

    public static Entity Entity(EntityKind kind, string name, string? slug = null) => new()
    {
        Kind = kind,
        Name = name,
        NormalizedName = NameNormalizer.Normalize(name),
        Slug = slug ?? UniqueSlug(Slugs.From(name)),
    };

    public static SourceDocument Source(Article? article = null) => new()
    {
        FileName = $"{article?.Slug ?? "text"}.txt",
        Checksum = Guid.NewGuid().ToString("N"),
        RawText = "...",
        Article = article,
    };

    /// <summary>The entity named once in the article's source text.</summary>
    public static Mention Mention(Entity entity, SourceDocument source, int start = 0) => new()
    {
        Entity = entity,
        SourceDocument = source,
        Article = source.Article,
        Surface = entity.Name,
        Sentence = $"{entity.Name} was named.",
        Start = start,
        Length = entity.Name.Length,
    };
}
