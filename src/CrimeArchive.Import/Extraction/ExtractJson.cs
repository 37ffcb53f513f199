using System.Text.Encodings.Web;
using System.Text.Json;
using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

/// <summary>Writes one line of `crimearchive extract` output, in the shape that
/// docs/extract-format.md fixes (field names and order included).</summary>
public static class ExtractJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Error(string file, string error) => Line(w =>
    {
        w.WriteString("file", file);
        w.WriteString("error", error);
    });

    public static string Skipped(string file, string reason) => Line(w =>
    {
        w.WriteString("file", file);
        w.WriteString("skipped", reason);
    });

    public static string Write(string file, Extraction extraction) => Line(w =>
    {
        var doc = extraction.Document;
        w.WriteString("file", file);
        w.WriteString("kind", KindName(doc.Kind));
        w.WriteString("title", doc.Title);
        w.WriteBoolean("titleDerived", doc.TitleDerived);
        w.WriteString("date", doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("author", doc.Author);
        w.WriteString("country", doc.Country);
        WriteStrings(w, "tags", doc.Tags);
        w.WriteString("body", MarkdownText.Paragraphs(doc.Body));
        w.WriteString("analysis", doc.Analysis.Count == 0 ? null : MarkdownText.Paragraphs(doc.Analysis));
        w.WriteStartArray("sections");
        foreach (var section in doc.Sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", section.Heading);
            w.WriteString("body", MarkdownText.Paragraphs(section.Paragraphs));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (doc.Factbox.Count == 0)
        {
            w.WriteNull("factbox");
        }
        else
        {
            w.WriteStartObject("factbox");
            foreach (var (key, value) in doc.Factbox)
                w.WriteString(key, value);
            w.WriteEndObject();
        }
        WriteEntities(w, "groups", extraction, EntityKind.Group);
        WriteEntities(w, "people", extraction, EntityKind.Person);
        WriteEntities(w, "places", extraction, EntityKind.Place);
        w.WriteStartArray("relationships");
        foreach (var r in extraction.Relationships)
        {
            w.WriteStartObject();
            w.WriteString("subject", r.Subject.Name);
            w.WriteString("type", TypeName(r.Type));
            w.WriteString("object", r.Object.Name);
            w.WriteString("sentence", r.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "warnings", doc.Warnings);
    });

    public static string KindName(DocumentKind? kind) => kind switch
    {
        DocumentKind.Brief => "brief",
        DocumentKind.Analysis => "analysis",
        // The extract format knows no investigation kind; it is the long form of analysis.
        DocumentKind.Investigation => "analysis",
        DocumentKind.PersonProfile => "profile-person",
        DocumentKind.GroupProfile => "profile-group",
        _ => "brief",
    };

    public static string TypeName(RelationshipType type) => type switch
    {
        RelationshipType.LeaderOf => "leader-of",
        RelationshipType.MemberOf => "member-of",
        RelationshipType.Founded => "founded",
        RelationshipType.SiblingOf => "sibling-of",
        RelationshipType.RivalOf => "rival-of",
        _ => "ally-of",
    };

    private static void WriteEntities(Utf8JsonWriter w, string name, Extraction extraction, EntityKind kind)
    {
        w.WriteStartArray(name);
        foreach (var entity in extraction.Entities.Where(e => e.Kind == kind))
        {
            w.WriteStartObject();
            w.WriteString("name", entity.Name);
            WriteStrings(w, "aliases", entity.Aliases);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
