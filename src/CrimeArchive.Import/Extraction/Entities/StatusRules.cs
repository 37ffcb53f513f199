namespace CrimeArchive.Import.Extraction.Entities;

public sealed record FoundFact(EntityDraft Entity, string Value, Sentence Sentence);

/// <summary>Placeholder.</summary>
public static class StatusRules
{
    public static List<FoundFact> Find(List<SentenceInfo> sentences, List<SentenceMention>[] mentions)
    {
        _ = (sentences, mentions);
        return [];
    }
}
