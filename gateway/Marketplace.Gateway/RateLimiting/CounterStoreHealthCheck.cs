using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Gateway.RateLimiting;

/// <summary>
/// Wraps ServiceDefaults' Redis check: for the gateway, Redis only holds rate-limit counters and requests fail
/// open without it, so an outage is Degraded (reported, still 200) rather than Unhealthy. Otherwise a load
/// balancer probing /health would drain every gateway at once and turn the cache outage into an API outage.
/// </summary>
internal sealed class CounterStoreHealthCheck(IHealthCheck redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await redis.CheckHealthAsync(context, cancellationToken);
        return result.Status == HealthStatus.Unhealthy
            ? HealthCheckResult.Degraded("Redis is not reachable; rate limits are not enforced (fail open)", result.Exception, result.Data)
            : result;
    }

    /// <summary>Replaces the factory of the registration named <paramref name="name"/> with this wrapper.</summary>
    public static void Wrap(HealthCheckServiceOptions options, string name)
    {
        var registration = options.Registrations.Single(r => r.Name == name);
        var inner = registration.Factory;
        registration.Factory = services => new CounterStoreHealthCheck(inner(services));
    }
}
