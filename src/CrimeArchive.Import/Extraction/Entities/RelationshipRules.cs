using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

public sealed record FoundRelationship(EntityDraft Subject, RelationshipType Type, EntityDraft Object, Sentence Sentence);

/// <summary>Placeholder.</summary>
public static class RelationshipRules
{
    public static List<FoundRelationship> Find(List<SentenceInfo> sentences, List<SentenceMention>[] mentions,
        List<(EntityDraft A, EntityDraft B, SentenceInfo Info)> siblings, EntityDraft? subject)
    {
        _ = (sentences, mentions, subject);
        return siblings.Select(s => new FoundRelationship(s.A, RelationshipType.SiblingOf, s.B, s.Info.Sentence)).ToList();
    }
}
