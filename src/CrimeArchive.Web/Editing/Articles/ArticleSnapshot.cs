using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrimeArchive.Data;
using CrimeArchive.Data.Editing;

namespace CrimeArchive.Web.Editing.Articles;

/// <summary>An article's editable fields as one revision keeps them: what a diff compares and a
/// restore puts back.</summary>
public sealed record ArticleSnapshot(
    string Title, string Slug, ArticleKind Kind, string Language, string? Country, IReadOnlyList<string> Tags, string? Author,
    DateOnly? PublishedOn, string Lead, string Body, ArticleStatus Status, DateTimeOffset? PublishAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The fields as the diff shows them, in this order.</summary>
    private static readonly (string Name, Func<ArticleSnapshot, string> Value)[] Fields =
    [
        (ArticleEditorFields.Title, s => s.Title),
        (ArticleEditorFields.Slug, s => s.Slug),
        (ArticleEditorFields.Kind, s => s.Kind.ToString()),
        (ArticleEditorFields.Language, s => s.Language),
        (ArticleEditorFields.Country, s => s.Country ?? ""),
        (ArticleEditorFields.Tags, s => string.Join(", ", s.Tags)),
        (ArticleEditorFields.Author, s => s.Author ?? ""),
        (ArticleEditorFields.Date, s => s.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        ("state", s => s.Status.ToString() + (s.PublishAt is { } at ? " at " + at.ToString("u", CultureInfo.InvariantCulture) : "")),
        (ArticleEditorFields.Lead, s => s.Lead),
        (ArticleEditorFields.Body, s => s.Body),
    ];

    public static ArticleSnapshot Of(Article a) => new(a.Title, a.Slug, a.Kind, a.Language, a.Country, [.. a.Tags], a.Author,
        a.PublishedOn, a.Lead, a.BodyMarkdown, a.Status, a.PublishAt);

    public static ArticleSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ArticleSnapshot>(json, Json) ?? throw new JsonException("An empty article revision");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Puts the snapshot's text back on the article. The state is not restored: restoring an
    /// old text never publishes or withdraws anything by itself.</summary>
    public void CopyTextTo(Article a)
    {
        a.Title = Title;
        a.TitleDerived = false;
        a.Slug = Slug;
        a.Kind = Kind;
        a.Language = Language;
        a.Country = Country;
        a.Tags = [.. Tags];
        a.Author = Author;
        a.PublishedOn = PublishedOn;
        a.Lead = Lead;
        a.BodyMarkdown = Body;
    }

    /// <summary>The names of the fields that differ from <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(ArticleSnapshot? before) =>
        before is null ? ["created"] : [.. Fields.Where(f => f.Value(this) != f.Value(before)).Select(f => f.Name)];

    /// <summary>The snapshot as lines of text, one field after another: what a diff between two revisions reads.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Fields)
        {
            var v = value(this);
            if (v.Contains('\n', StringComparison.Ordinal))
                text.Append(CultureInfo.InvariantCulture, $"[{name}]\n{v.TrimEnd()}\n\n");
            else
                text.Append(CultureInfo.InvariantCulture, $"{name}: {v}\n");
        }
        return text.ToString();
    }
}
