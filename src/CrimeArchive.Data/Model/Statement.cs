namespace CrimeArchive.Data;

/// <summary>What every statement carries about where it comes from: the source text and sentence
/// that make it (with the article the text became and the text's date), or the editor who made it
/// and why. Statements are never overwritten; an editor withdraws one instead.</summary>
public abstract class Statement
{
    public long Id { get; set; }
    public long? SourceDocumentId { get; set; }
    public SourceDocument? SourceDocument { get; set; }
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
    public string? Sentence { get; set; }
    public int? SentenceStart { get; set; }
    /// <summary>The date of the text that states it (null when the text has none).</summary>
    public DateOnly? StatedOn { get; set; }
    public EditorRef? Editor { get; set; }
    public string? Reason { get; set; }
    /// <summary>An editor's source when it is not an article of the archive ("court ruling of 2 April 2021").</summary>
    public string? SourceNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
