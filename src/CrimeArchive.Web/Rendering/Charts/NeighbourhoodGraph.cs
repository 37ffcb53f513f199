using System.Globalization;
using CrimeArchive.Data;
using CrimeArchive.Web.Reading.Profiles;

namespace CrimeArchive.Web.Rendering.Charts;

/// <summary>A profile's relationships drawn as a star: the entity in the middle, each related entity
/// on a circle around it, one labelled edge to each. Laid out on the server so the picture needs no
/// script and no request beyond the page.</summary>
public sealed record NeighbourhoodGraph(GraphNode Centre, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int Hidden, int Height)
{
    public const int Width = 820;
    /// <summary>Past this many neighbours the labels collide; the rest stay in the list under the graph.</summary>
    public const int MaxNodes = 14;

    private const double RadiusX = 215;

    public static NeighbourhoodGraph? For(ProfileHeader entity, IReadOnlyList<RelatedEntity> relationships)
    {
        var neighbours = relationships
            .GroupBy(r => (r.OtherKind, r.OtherSlug, r.OtherName))
            .OrderByDescending(g => g.Sum(r => r.Citations.Count)).ThenBy(g => g.Key.OtherName, StringComparer.CurrentCulture)
            .ToList();
        if (neighbours.Count == 0)
            return null;
        var shown = neighbours.Take(MaxNodes).ToList();
        // One or two neighbours sit above and below the entity: a low picture; more go round an ellipse.
        var (height, radiusY) = shown.Count <= 2 ? (260, 80.0) : (460, 165.0);
        var centre = new GraphNode(entity.Kind, entity.Slug, entity.Name, Width / 2.0, height / 2.0);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (var i = 0; i < shown.Count; i++)
        {
            // Start at the top and go round clockwise; an ellipse uses the wide picture better than a circle.
            var angle = (2 * Math.PI * i / shown.Count) - (Math.PI / 2);
            var node = new GraphNode(shown[i].Key.OtherKind, shown[i].Key.OtherSlug, shown[i].Key.OtherName,
                centre.X + (RadiusX * Math.Cos(angle)), centre.Y + (radiusY * Math.Sin(angle)));
            nodes.Add(node);
            edges.Add(new GraphEdge(centre, node, string.Join(", ", shown[i].Select(r => r.Phrase).Distinct())));
        }
        return new NeighbourhoodGraph(centre, nodes, edges, neighbours.Count - shown.Count, height);
    }
}

public sealed record GraphNode(EntityKind Kind, string Slug, string Name, double X, double Y)
{
    private const int MaxLabel = 22;

    /// <summary>Long names are cut so labels stay apart; the full name is in the link's title.</summary>
    public string Label => Name.Length <= MaxLabel ? Name : string.Concat(Name.AsSpan(0, MaxLabel - 1), "…");

    public string CssClass => $"node-{Kind.Segment()}";

    public string Px => Svg.Number(X);

    public string Py => Svg.Number(Y);

    /// <summary>Labels of nodes on the left end at the node, on the right start at it, so they point outwards.</summary>
    public string Anchor => X < (NeighbourhoodGraph.Width / 2.0) - 1 ? "end" : X > (NeighbourhoodGraph.Width / 2.0) + 1 ? "start" : "middle";

    public string LabelX => Svg.Number(Anchor switch { "end" => X - 12, "start" => X + 12, _ => X });

    /// <summary>Above a node at the top, below one at the bottom or in the middle, level with one at a side.</summary>
    public string LabelY(double centreY) => Svg.Number(Anchor == "middle" ? (Y < centreY - 1 ? Y - 14 : Y + 30) : Y + 5);
}

public sealed record GraphEdge(GraphNode From, GraphNode To, string Label)
{
    public string MidX => Svg.Number((From.X + To.X) / 2);

    public string MidY => Svg.Number(((From.Y + To.Y) / 2) - 4);
}

/// <summary>Numbers in SVG attributes: invariant culture whatever the server's, so a comma never
/// becomes the decimal point.</summary>
internal static class Svg
{
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
