using System.Globalization;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Markdig;

namespace CrimeArchive.Search.Indexing;

/// <summary>How a record becomes index documents. An article is one document; an entity is a card
/// document (its names) and, when it has a profile text, a profile document listed with articles.</summary>
internal static class SearchDocuments
{
    public static Term ArticleKey(long id) => new(SearchFields.Key, "a:" + id.ToString(CultureInfo.InvariantCulture));
    public static Term EntityKey(long id) => new(SearchFields.Key, "e:" + id.ToString(CultureInfo.InvariantCulture));
    public static Term ProfileKey(long id) => new(SearchFields.Key, "p:" + id.ToString(CultureInfo.InvariantCulture));

    // Words counted for spelling only need to be known, not placed or counted.
    private static readonly FieldType WordsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };

    private const int MentionsCounted = 20;
    private static readonly FieldType EntityType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS, OmitNorms = true };

    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static Document Article(ArticleSource a)
    {
        var body = Plain(a.BodyMarkdown) + (a.AnalysisMarkdown is null ? "" : "\n\n" + Plain(a.AnalysisMarkdown));
        var doc = Result(SearchFields.ArticleType, ArticleKey(a.Id), a.Id, a.Slug, a.Title, a.Lead, body, a.Language);
        Facet(doc, SearchFields.Kind, a.Kind.ToString());
        if (a.Country is not null)
            Facet(doc, SearchFields.Country, a.Country);
        var year = a.PublishedOn?.Year;
        if (year is not null)
            Facet(doc, SearchFields.Year, year.Value.ToString(CultureInfo.InvariantCulture));
        var date = a.PublishedOn is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : 0;
        doc.Add(new Int32Field(SearchFields.Date, date, Field.Store.YES));
        doc.Add(new NumericDocValuesField(SearchFields.Date, date));
        if (a.Author is not null)
            doc.Add(new StoredField(SearchFields.Author, a.Author));
        // Each entity id once per mention (up to a cap): an article that keeps naming the entity,
        // under whatever name, ranks above one that names it in passing.
        doc.Add(new Field(SearchFields.Entity,
            string.Join(' ', a.Entities.SelectMany(e => Enumerable.Repeat(e.Id.ToString(CultureInfo.InvariantCulture), Math.Min(e.Mentions, MentionsCounted)))),
            EntityType));
        foreach (var id in a.NamedInTitle)
            doc.Add(new StringField(SearchFields.TitleEntity, id.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        foreach (var (id, kind, _) in a.Entities)
        {
            var value = id.ToString(CultureInfo.InvariantCulture);
            if (kind == EntityKind.Group)
                doc.Add(new SortedSetDocValuesField(SearchFields.Group, new BytesRef(value)));
            else if (kind == EntityKind.Person)
                doc.Add(new SortedSetDocValuesField(SearchFields.Person, new BytesRef(value)));
        }
        return doc;
    }

    public static Document Entity(EntitySource e)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Key, EntityKey(e.Id).Text, Field.Store.NO),
            new StringField(SearchFields.Type, SearchFields.EntityType, Field.Store.NO),
            new StoredField(SearchFields.DatabaseId, e.Id),
            new StringField(SearchFields.EntityKind, e.Kind.ToString(), Field.Store.YES),
            new StoredField(SearchFields.Title, e.Name),
            new StoredField(SearchFields.Slug, e.Slug),
            new StoredField(SearchFields.Mentions, e.Articles),
            new NumericDocValuesField(SearchFields.Mentions, e.Articles),
        };
        var names = e.Aliases.Prepend(e.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in names)
        {
            doc.Add(new TextField(SearchFields.Names, name, Field.Store.NO));
            doc.Add(new TextField(SearchFields.Words, name, Field.Store.NO));
            doc.Add(new StringField(SearchFields.Alias, AliasKey(name), Field.Store.NO));
        }
        doc.Add(new StoredField(SearchFields.AliasList, string.Join('\n', names.Skip(1))));
        return doc;
    }

    /// <summary>The profile text of an entity, or null when it has none (most places and many people).</summary>
    public static Document? Profile(EntitySource e)
    {
        if (string.IsNullOrWhiteSpace(e.Lead) && e.Sections.Count == 0)
            return null;
        var body = string.Join("\n\n", e.Sections.Select(s => s.Heading + "\n" + Plain(s.BodyMarkdown)));
        var doc = Result(SearchFields.ProfileType, ProfileKey(e.Id), e.Id, e.Slug, e.Name, Plain(e.Lead ?? ""), body, "en");
        Facet(doc, SearchFields.Kind, "Profile");
        doc.Add(new StringField(SearchFields.EntityKind, e.Kind.ToString(), Field.Store.YES));
        doc.Add(new StringField(SearchFields.Entity, e.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        doc.Add(new Int32Field(SearchFields.Date, 0, Field.Store.YES));
        doc.Add(new NumericDocValuesField(SearchFields.Date, 0));
        return doc;
    }

    /// <summary>A name as an exact key: normalized (accents, case, quotes) and with its punctuation
    /// read as spaces, so that "Cartel del Golfo" and "cartel del golfo." are one key.</summary>
    public static string AliasKey(string name) =>
        string.Join(' ', NameNormalizer.Normalize(name).Split(NonWordSeparators, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] NonWordSeparators = [' ', '.', ',', ';', ':', '"', '\'', '(', ')', '-', '!', '?', '«', '»', '/'];

    private static Document Result(string type, Term key, long id, string slug, string title, string lead, string body, string language)
    {
        var spanish = language == "es";
        var doc = new Document
        {
            new StringField(SearchFields.Key, key.Text, Field.Store.NO),
            new StringField(SearchFields.Type, type, Field.Store.YES),
            new StoredField(SearchFields.DatabaseId, id),
            new StoredField(SearchFields.Slug, slug),
            new StoredField(SearchFields.Title, title),
            new StoredField(SearchFields.Lead, lead),
            new StoredField(SearchFields.Body, Opening(lead.Length == 0 || body.StartsWith(lead, StringComparison.Ordinal) ? body : lead + "\n\n" + body)),
            new TextField(spanish ? SearchFields.TitleSpanish : SearchFields.TitleEnglish, title, Field.Store.NO),
            new TextField(spanish ? SearchFields.BodySpanish : SearchFields.BodyEnglish, lead + "\n\n" + body, Field.Store.NO),
            new Field(SearchFields.Words, title, WordsType),
        };
        Facet(doc, SearchFields.Language, spanish ? "es" : "en");
        return doc;
    }

    /// <summary>A value that can be filtered on (indexed whole), counted (doc values) and shown (stored).</summary>
    private static void Facet(Document doc, string field, string value)
    {
        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>The opening of a text, where snippets come from (the lead first): only that much is
    /// stored, since every stored byte of a hit is read back to show it.</summary>
    private static string Opening(string text)
    {
        if (text.Length <= SnippetSource)
            return text;
        var cut = text.LastIndexOf(' ', SnippetSource);
        return text[..(cut > 0 ? cut : SnippetSource)];
    }

    public const int SnippetSource = 3_000;

    private static string Plain(string markdown) =>
        markdown.Length == 0 ? "" : Markdown.ToPlainText(markdown, PlainText).Trim();
}
