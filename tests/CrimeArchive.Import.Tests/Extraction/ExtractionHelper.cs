using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Runs the extractor on paragraphs written for the tests, one body block per paragraph.</summary>
internal static class ExtractionHelper
{
    public static CrimeArchive.Import.Extraction.Extraction Run(params string[] paragraphs) =>
        Run(DocumentKind.Brief, null, paragraphs);

    /// <summary>Runs a text of the Spanish edition.</summary>
    public static CrimeArchive.Import.Extraction.Extraction RunSpanish(params string[] paragraphs) =>
        Run(DocumentKind.Brief, null, "es", paragraphs);

    public static CrimeArchive.Import.Extraction.Extraction Run(DocumentKind kind, string? title, params string[] paragraphs) =>
        Run(kind, title, "en", paragraphs);

    private static CrimeArchive.Import.Extraction.Extraction Run(DocumentKind kind, string? title, string language, string[] paragraphs)
    {
        var source = string.Join("\n\n", paragraphs);
        var blocks = new List<TextBlock>();
        var offset = 0;
        foreach (var p in paragraphs)
        {
            blocks.Add(new TextBlock(p, offset));
            offset += p.Length + 2;
        }
        var document = new ParsedDocument { SourceText = source, Body = blocks, Kind = kind, Title = title, Language = language };
        return EntityExtractor.Extract(document);
    }

    public static IReadOnlyList<ExtractedEntity> People(this CrimeArchive.Import.Extraction.Extraction x) =>
        x.Entities.Where(e => e.Kind == EntityKind.Person).ToList();

    public static IReadOnlyList<ExtractedEntity> Groups(this CrimeArchive.Import.Extraction.Extraction x) =>
        x.Entities.Where(e => e.Kind == EntityKind.Group).ToList();

    public static IReadOnlyList<ExtractedEntity> Places(this CrimeArchive.Import.Extraction.Extraction x) =>
        x.Entities.Where(e => e.Kind == EntityKind.Place).ToList();

    public static ExtractedEntity Named(this IEnumerable<ExtractedEntity> entities, string name) =>
        entities.Single(e => e.Name == name);

    public static bool Has(this CrimeArchive.Import.Extraction.Extraction x, string subject, RelationshipType type, string obj) =>
        x.Relationships.Any(r => r.Type == type && ((r.Subject.Name == subject && r.Object.Name == obj)
            || (type.IsSymmetric() && r.Subject.Name == obj && r.Object.Name == subject)));
}
