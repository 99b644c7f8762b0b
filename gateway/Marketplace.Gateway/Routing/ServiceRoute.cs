namespace Marketplace.Gateway.Routing;

/// <summary>
/// One public path owned by a service. <see cref="Anonymous"/> routes let callers without a token through (the
/// service still decides what they may see); every other route requires a valid token at the gateway.
/// </summary>
/// <param name="Service">The service name of the common table ("listings"), also its address key services:&lt;name&gt;.</param>
/// <param name="Path">An ASP.NET Core route template, e.g. "/api/v1/jobs/{**rest}".</param>
/// <param name="Methods">The HTTP methods this route matches; empty matches every method.</param>
/// <param name="Anonymous">True when no token is needed.</param>
/// <param name="MaxRequestBodySize">The route's body limit when it differs from Kestrel's 30 MB: the service's own limit.</param>
internal sealed record ServiceRoute(string Service, string Path, IReadOnlyList<string> Methods, bool Anonymous, long? MaxRequestBodySize = null);
