namespace CrimeArchive.Import.Parsing;

public enum DocumentKind { Brief, Analysis, Investigation, PersonProfile, GroupProfile }

/// <summary>A paragraph kept from the source. <see cref="Start"/> is its offset in the decoded
/// source text, so that a sentence inside it can be cited by position.</summary>
public sealed record TextBlock(string Text, int Start);

public sealed record ParsedSection(string Heading, IReadOnlyList<TextBlock> Paragraphs);

/// <summary>One source text split into metadata and content, with the site chrome removed.</summary>
public sealed record ParsedDocument
{
    public required string SourceText { get; init; }
    public DocumentKind? Kind { get; init; }
    public string? Title { get; init; }
    public bool TitleDerived { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Where the text has no date: the latest year it mentions, as a hint for editors.</summary>
    public int? YearHint { get; init; }
    public string? Author { get; init; }
    public string? Country { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>"en" or "es".</summary>
    public string Language { get; init; } = "en";
    /// <summary>The lead and the main text (for a profile: the lead before the first section).</summary>
    public IReadOnlyList<TextBlock> Body { get; init; } = [];
    /// <summary>The 'InSight Crime Analysis' section; empty when the text has none.</summary>
    public IReadOnlyList<TextBlock> Analysis { get; init; } = [];
    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Factbox { get; init; } = [];
    /// <summary>Facts about the country that follow a group's factbox; they belong to the country's page.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CountryFactbox { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Set when the text reads fine but is not an article or a profile (a tag page, a newsletter).</summary>
    public string? SkipReason { get; init; }

    public IEnumerable<TextBlock> AllBlocks =>
        Body.Concat(Analysis).Concat(Sections.SelectMany(s => s.Paragraphs));
}
