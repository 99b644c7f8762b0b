using Marketplace.Gateway.Correlation;
using Marketplace.Gateway.Http;
using Marketplace.Gateway.DevTokens;
using Marketplace.Gateway.Identity;
using Marketplace.Gateway.Proxies;
using Marketplace.Gateway.RateLimiting;

namespace Marketplace.Gateway.Extensions;

public static class GatewayApplicationExtensions
{
    /// <summary>
    /// What happens to every request before anything can answer it: the client address a trusted load balancer
    /// forwarded, a correlation id (so even a 429 or 401 carries one), the caller's rate limit, and the rejection of
    /// credentials that do not validate.
    /// </summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        // These run ahead of MapDefaultEndpoints' handler, and authentication can throw (an OIDC authority that is
        // down): such a failure must still be problem+json, not a bare 500.
        app.UseExceptionHandler();
        if (app.Services.GetRequiredService<TrustedProxies>().Any)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<CorrelationIdMiddleware>();
        // A preflight (OPTIONS) from an allowed origin is answered here, before rate limits and tokens (issue #9, item 20).
        app.UseCors();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseMiddleware<RateLimitingMiddleware>();
        app.UseMiddleware<InvalidTokenMiddleware>();
        return app;
    }

    /// <summary>The proxied routes and OpenAPI documents of the six services, and /dev/tokens in Development.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapReverseProxy();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokensApi();
        }

        return app;
    }
}
