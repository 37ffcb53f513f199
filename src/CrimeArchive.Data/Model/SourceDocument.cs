namespace CrimeArchive.Data;

/// <summary>A source text exactly as imported. Kept forever: records made from it can always be
/// traced back and re-derived.</summary>
public class SourceDocument
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Checksum { get; set; }
    public required string RawText { get; set; }
    /// <summary>The encoding the bytes were read as ("utf-8", or "windows-1252" when converted).</summary>
    public string Encoding { get; set; } = "utf-8";
    public DateTimeOffset ImportedAt { get; set; }
    public List<string> Warnings { get; set; } = [];
    /// <summary>The aliases (ids) this text uses as its entities' main names: its votes for canonical
    /// names. A name's votes are counted over current texts, so a replaced or re-read text's votes go
    /// with it.</summary>
    public List<long> NameVotes { get; set; } = [];

    /// <summary>Set when a changed copy of the same file replaced this one; the text itself stays.</summary>
    public long? SupersededById { get; set; }
    public SourceDocument? SupersededBy { get; set; }

    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>Set when the text is a profile of this entity.</summary>
    public long? ProfileEntityId { get; set; }
    public Entity? ProfileEntity { get; set; }
}
