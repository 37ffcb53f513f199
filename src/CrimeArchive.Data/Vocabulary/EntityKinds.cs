namespace CrimeArchive.Data;

/// <summary>How one kind of entity is named: the segment of its addresses (/people/…), its name
/// in headings, in running text, and in the site's menu.</summary>
public sealed record EntityKindNames(EntityKind Kind, string Segment, string Singular, string Plural, string Menu)
{
    /// <summary>The plural inside a sentence: "12 criminal groups".</summary>
    public string PluralInText => Plural.ToLowerInvariant();
}

/// <summary>The one vocabulary of entity kinds. Routes, links, headings and counts all take their
/// words from here, so a new kind (or a renamed address) is one line.</summary>
public static class EntityKinds
{
    public static IReadOnlyList<EntityKindNames> All { get; } =
    [
        new(EntityKind.Group, "groups", "Criminal group", "Criminal groups", "Groups"),
        new(EntityKind.Person, "people", "Person", "People", "People"),
        new(EntityKind.Place, "places", "Place", "Places", "Places"),
    ];

    public static EntityKindNames Names(this EntityKind kind) =>
        All.FirstOrDefault(n => n.Kind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind of entity has no names in EntityKinds.All.");

    public static string Segment(this EntityKind kind) => kind.Names().Segment;

    /// <summary>Case-insensitive, as URL paths typed by readers are: /People/x is /people/x.</summary>
    public static bool TryParseSegment(string? segment, out EntityKind kind)
    {
        var names = All.FirstOrDefault(n => string.Equals(n.Segment, segment, StringComparison.OrdinalIgnoreCase));
        kind = names?.Kind ?? default;
        return names is not null;
    }
}
