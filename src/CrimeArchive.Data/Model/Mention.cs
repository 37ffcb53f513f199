namespace CrimeArchive.Data;

/// <summary>An entity named in a source text; offsets are into <see cref="SourceDocument.RawText"/>.</summary>
public class Mention
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    /// <summary>Null for a mention an editor accepted in a brief written in the newsroom: its offsets
    /// are then into the brief's text (title, lead and body).</summary>
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Surface { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Sentence { get; set; }
    public int SentenceStart { get; set; }
}
