using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Marketplace.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>
    /// Every HttpClient gets Microsoft.Extensions.Http.Resilience's standard handler (rate limiter, total timeout,
    /// retries with jittered backoff, circuit breaker, attempt timeout) and service discovery, so "http://listings"
    /// resolves from Aspire's services__listings__http__0 setting.
    /// </summary>
    public static IServiceCollection AddTransientFaultResilience(this IServiceCollection services)
    {
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return services;
    }

    /// <summary>
    /// For LLM and embedding endpoints: their POSTs are not idempotent (a retried completion may be billed and processed
    /// twice) and they are slow, so this replaces the standard handler with one that never retries an unsafe method and
    /// allows <paramref name="timeout"/> per attempt.
    /// </summary>
    public static IHttpClientBuilder AddModelEndpointResilienceHandler(this IHttpClientBuilder http, TimeSpan timeout)
    {
        // Experimental (EXTEXP0001) but the documented way to replace the handler ConfigureHttpClientDefaults added.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddStandardResilienceHandler(options =>
        {
            options.Retry.DisableForUnsafeHttpMethods();
            options.AttemptTimeout.Timeout = timeout;
            options.TotalRequestTimeout.Timeout = timeout * 2;
            // The circuit breaker's sampling window must be at least twice the attempt timeout.
            options.CircuitBreaker.SamplingDuration = timeout * 2 < TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : timeout * 2;
        });
        return http;
    }
}
