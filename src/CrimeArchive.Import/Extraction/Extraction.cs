using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

/// <summary>Where an entity is named: the surface form and the sentence around it, both by offset
/// in the decoded source text.</summary>
public sealed record Mention(string Surface, int Start, int Length, string Sentence, int SentenceStart);

public sealed record ExtractedEntity(EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Mention> Mentions);

public sealed record ExtractedRelationship(
    ExtractedEntity Subject, RelationshipType Type, ExtractedEntity Object, string Sentence, int SentenceStart);

/// <summary>A fact the text states about an entity outside a factbox, such as a status
/// ("surrendered", "killed", "alive"), with the sentence that states it.</summary>
public sealed record ExtractedFact(ExtractedEntity Entity, string Key, string Value, string Sentence, int SentenceStart);

public sealed record Extraction(
    ParsedDocument Document,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelationship> Relationships,
    IReadOnlyList<ExtractedFact> Facts);
