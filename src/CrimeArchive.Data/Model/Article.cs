namespace CrimeArchive.Data;

public class Article
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public ArticleKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>True when the source had no title and this one was made from the lead.</summary>
    public bool TitleDerived { get; set; }
    public string Lead { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string? AnalysisMarkdown { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>For undated texts: the latest year the text mentions, a hint for editors, never a date.</summary>
    public int? YearHint { get; set; }
    public string? Author { get; set; }
    public string? Country { get; set; }
    public List<string> Tags { get; set; } = [];
    public string Language { get; set; } = "en";
    public ArticleStatus Status { get; set; } = ArticleStatus.Published;
    /// <summary>The fields an editor has changed (<see cref="Editing.ArticleEditorFields"/>): an import leaves them alone.</summary>
    public List<string> EditedFields { get; set; } = [];
    /// <summary>When a scheduled article publishes itself.</summary>
    public DateTimeOffset? PublishAt { get; set; }
    /// <summary>The row's version (PostgreSQL's xmin): a save made from an older form is refused, not applied.</summary>
    public uint Version { get; set; }
    /// <summary>Hash of the normalized lead paragraph: finds captures of the same piece whatever their chrome.</summary>
    public required string LeadFingerprint { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The same piece in the archive's other language: set on both articles of a pair, by the
    /// importer when the two clearly match or by an editor.</summary>
    public long? OtherLanguageId { get; set; }
    public Article? OtherLanguage { get; set; }

    public List<SourceDocument> Sources { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
}
