using Marketplace.ServiceDefaults.Health;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Resilience;
using Marketplace.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every marketplace service shares, in the shape of .NET Aspire's ServiceDefaults: telemetry, health,
/// problem details, JSON conventions, JWT authentication and transient-fault resilience. Data, messaging and
/// caching are opted into per service (AddServiceDatabase, AddMessaging, AddRedis).
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddMarketplaceTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        builder.AddHttpConventions();
        builder.AddMarketplaceAuthentication();
        builder.Services.AddTransientFaultResilience();

        // Redis is not a default: only a service that uses it calls builder.AddRedis("cache") (the gateway, dispatch),
        // so its /health reflects Redis and a Redis outage leaves every other service healthy (issue #9, item 15).

        return builder;
    }

    /// <summary>/health (every dependency is reachable) and /alive (the process answers), error handling first.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool guardInput = true)
    {
        app.UseHttpConventions(guardInput);
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapOpenApi();
        return app;
    }
}
