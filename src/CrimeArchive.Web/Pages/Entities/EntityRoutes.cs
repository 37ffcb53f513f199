using CrimeArchive.Data;

namespace CrimeArchive.Web.Pages.Entities;

/// <summary>The URL segment of each kind of entity: /groups, /people, /places.</summary>
public static class EntityRoutes
{
    public const string KindPattern = "regex(^(groups|people|places)$)";

    public static EntityKind KindOf(string segment) => segment.ToLowerInvariant() switch
    {
        "groups" => EntityKind.Group,
        "people" => EntityKind.Person,
        _ => EntityKind.Place,
    };

    public static string Segment(EntityKind kind) => kind switch
    {
        EntityKind.Group => "groups",
        EntityKind.Person => "people",
        _ => "places",
    };

    public static string Path(EntityKind kind, string slug) => $"/{Segment(kind)}/{slug}";

    public static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Group => "Criminal groups",
        EntityKind.Person => "People",
        _ => "Places",
    };

    public static string Singular(EntityKind kind) => kind switch
    {
        EntityKind.Group => "Criminal group",
        EntityKind.Person => "Person",
        _ => "Place",
    };
}
