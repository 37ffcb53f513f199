using CrimeArchive.Data;
using CrimeArchive.Import.Extraction;

namespace CrimeArchive.Import.Importing;

/// <summary>An entity a brief names, matched against the archive when it holds it already.</summary>
public sealed record BriefEntity(ExtractedEntity Extracted, long? ExistingId, string? ExistingName);

public sealed record BriefReading(
    string Text, IReadOnlyList<BriefEntity> Entities, IReadOnlyList<ExtractedRelationship> Relationships, IReadOnlyList<ExtractedFact> Facts)
{
    public BriefEntity Of(ExtractedEntity extracted) => Entities.First(e => e.Extracted == extracted);
}

/// <summary>What the importer's extraction finds in a brief the newsroom writes — entities (those
/// the archive has matched to them), relationships and status facts — for editors to accept or reject.
/// The brief is read as a source text: its title, then its lead and body.</summary>
public static class BriefReader
{
    public static async Task<BriefReading> ReadAsync(ArchiveDbContext db, string title, string lead, string body, CancellationToken cancellationToken)
    {
        var text = string.Join("\n\n", new[] { title, lead, body }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
        var index = await EntityIndex.LoadAsync(db, cancellationToken, withVotes: false);
        var extraction = SourceTextExtractor.Extract(text, index.Known);
        var entities = extraction.Entities.Select(e => index.Match(e) is { } match
            ? new BriefEntity(e, match.Id, match.Name)
            : new BriefEntity(e, null, null)).ToList();
        return new BriefReading(text, entities, extraction.Relationships, extraction.Facts);
    }
}
