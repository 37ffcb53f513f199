namespace CrimeArchive.Data;

/// <summary>A criminal group, a person or a place, with its profile.</summary>
public class Entity
{
    public long Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>The name through <see cref="Text.NameNormalizer"/>: what name lookups compare.</summary>
    public required string NormalizedName { get; set; }
    public required string Slug { get; set; }
    /// <summary>The profile's lead, Markdown.</summary>
    public string? Lead { get; set; }
    /// <summary>Set once an editor chooses the main name; imports then no longer rename the entity.</summary>
    public EditorRef? NameEditedBy { get; set; }
    /// <summary>Set once an editor changes the lead; a re-import then leaves it alone.</summary>
    public EditorRef? LeadEditedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The row's version (PostgreSQL's xmin): a save made from an older form is refused, not applied.</summary>
    public uint Version { get; set; }

    public List<EntityAlias> Aliases { get; set; } = [];
    public List<ProfileSection> Sections { get; set; } = [];
    public List<Fact> Facts { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
}
