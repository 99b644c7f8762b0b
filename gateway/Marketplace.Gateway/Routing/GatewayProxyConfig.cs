using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Marketplace.Gateway.Routing;

/// <summary>
/// Builds YARP routes and clusters from <see cref="ServiceRouteTable"/> and the service addresses: one cluster per
/// service that has an address, its /api/v1 routes, and its OpenAPI document at /openapi/&lt;service&gt;.json.
/// A service without an address gets no routes, so its paths answer 404 rather than a 502 per request.
/// </summary>
internal static class GatewayProxyConfig
{
    // YARP's reserved policy names: "Default" requires an authenticated caller, "Anonymous" lets anyone through.
    private const string RequireAuthenticated = "Default";
    private const string AllowAnonymous = "Anonymous";

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters, IReadOnlyList<string> Unrouted) Build(
        IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        var unrouted = new List<string>();
        foreach (var service in ServiceRouteTable.PrefixesByService.Keys)
        {
            if (ServiceAddresses.Find(configuration, service) is not { } address)
            {
                unrouted.Add(service);
                continue;
            }

            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                // The service's name, resolved by service discovery (AddServiceDiscoveryDestinationResolver) from the
                // same services:<name>:<scheme>:0 settings, so an address that changes is followed without a restart.
                Destinations = new Dictionary<string, DestinationConfig> { [$"{service}/0"] = new() { Address = $"{address.Scheme}://{service}" } },
            });
            routes.AddRange(ServiceRouteTable.Routes.Where(r => r.Service == service).Select((r, i) => ApiRoute(r, i)));
            routes.Add(OpenApiRoute(service));
        }

        return (routes, clusters, unrouted);
    }

    private static RouteConfig ApiRoute(ServiceRoute route, int index) => new()
    {
        RouteId = $"{route.Service}-{(route.Anonymous ? "anonymous" : "api")}-{index}",
        ClusterId = route.Service,
        // Anonymous routes share templates with the protected catch-alls (GET /api/v1/contracts/...), so they are
        // tried first; a lower order wins.
        Order = route.Anonymous ? 0 : 1,
        AuthorizationPolicy = route.Anonymous ? AllowAnonymous : RequireAuthenticated,
        MaxRequestBodySize = route.MaxRequestBodySize,
        Match = new RouteMatch { Path = route.Path, Methods = route.Methods.Count == 0 ? null : route.Methods },
    };

    // API documentation is public, like the routes it describes; the service serves it at /openapi/v1.json.
    private static RouteConfig OpenApiRoute(string service) => new RouteConfig
    {
        RouteId = $"{service}-openapi",
        ClusterId = service,
        AuthorizationPolicy = AllowAnonymous,
        Match = new RouteMatch { Path = $"/openapi/{service}.json", Methods = [HttpMethods.Get] },
    }.WithTransformPathSet("/openapi/v1.json");
}
