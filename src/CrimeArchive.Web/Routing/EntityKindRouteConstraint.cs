using System.Globalization;
using CrimeArchive.Data;

namespace CrimeArchive.Web.Routing;

/// <summary>The <c>{kind:entitykind}</c> route constraint: a segment of <see cref="EntityKinds"/>
/// (groups, people, places). Any other first segment (/gangs/x) never reaches a profile page.</summary>
public sealed class EntityKindRouteConstraint : IRouteConstraint
{
    public const string Name = "entitykind";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && EntityKinds.TryParseSegment(Convert.ToString(value, CultureInfo.InvariantCulture), out _);
}
