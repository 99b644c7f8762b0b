using Marketplace.Gateway.Identity;
using Marketplace.Gateway.Proxies;
using Marketplace.Gateway.RateLimiting;
using Marketplace.Gateway.Routing;
using Marketplace.ServiceDefaults.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy.Configuration;

namespace Marketplace.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    private const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The reverse proxy with routes built from the service addresses, Redis-backed rate limits, and the trusted load balancers.</summary>
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        // The AppHost sets ASPNETCORE_URLS; a bare `dotnet run` listens where the .http examples expect it.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Kestrel answers oversized request lines and headers itself, without a body; its limits sit above the
        // gateway's own (RequestSizeGuard), which answers them as problem+json.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 4 * Http.RequestSizeGuard.MaxTargetLength;
            k.Limits.MaxRequestHeadersTotalSize = 4 * Http.RequestSizeGuard.MaxHeadersLength;
        });

        var trustedProxies = TrustedProxies.From(builder.Configuration);
        builder.Services.AddSingleton(trustedProxies);
        builder.Services.Configure<ForwardedHeadersOptions>(trustedProxies.Apply);

        builder.AddRedis("cache");
        builder.Services.Configure<HealthCheckServiceOptions>(o => CounterStoreHealthCheck.Wrap(o, "redis"));
        builder.Services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RedisRateLimiter>();

        // Browser frontends on other origins (Cors:AllowedOrigins); none configured means none allowed.
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Correlation-Id", "Retry-After", "Location")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        builder.Services.AddWebSocketAccessToken();
        builder.Services.AddReverseProxy().AddTransforms(OpenApi.OpenApiTransforms.Apply).AddServiceDiscoveryDestinationResolver();
        builder.Services.AddSingleton(ProxyConfigProviderFactory.Create);
        builder.Services.AddSingleton<IProxyConfigProvider>(s => s.GetRequiredService<InMemoryConfigProvider>());
        return builder;
    }
}
