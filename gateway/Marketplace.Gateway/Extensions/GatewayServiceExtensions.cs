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

        builder.Services.AddWebSocketAccessToken();
        builder.Services.AddReverseProxy().AddServiceDiscoveryDestinationResolver();
        builder.Services.AddSingleton(ProxyConfigProviderFactory.Create);
        builder.Services.AddSingleton<IProxyConfigProvider>(s => s.GetRequiredService<InMemoryConfigProvider>());
        return builder;
    }
}
