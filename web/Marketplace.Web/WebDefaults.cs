using Marketplace.ServiceDefaults.Health;
using Marketplace.ServiceDefaults.Resilience;
using Marketplace.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Web;

/// <summary>
/// The parts of ServiceDefaults a browser-facing app shares with the services (telemetry, health, service discovery
/// and resilience); not the API's JWT authentication, input guard or problem+json, which are for machine clients.
/// </summary>
internal static class WebDefaults
{
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        builder.AddMarketplaceTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        builder.Services.AddTransientFaultResilience();
        return builder;
    }

    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        // A person never sees a stack trace: the error response says what happened and gives the trace id.
        app.UseExceptionHandler(error => error.Run(ErrorResponse.WriteAsync));
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
