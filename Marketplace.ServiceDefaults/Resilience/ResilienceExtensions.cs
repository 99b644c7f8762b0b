using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Marketplace.ServiceDefaults.Resilience;

/// <summary>
/// Polly pipelines for transient faults. Microsoft.Extensions.Http.Resilience is not on this environment's
/// mirror, so outgoing HttpClients get the same shape by hand: an overall timeout, retries with jittered
/// backoff on transient answers, and a circuit breaker.
/// </summary>
public static class ResilienceExtensions
{
    public static IServiceCollection AddTransientFaultResilience(this IServiceCollection services)
    {
        // Transient: every handler chain (one per named client, renewed by IHttpClientFactory) gets its own
        // pipeline, so one failing endpoint cannot open the circuit breaker for every other client in the service.
        services.AddTransient(_ => new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().HandleResult(IsTransient),
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build());

        services.AddTransient<ResilienceHandler>();
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler<ResilienceHandler>());
        return services;
    }

    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || (int)response.StatusCode >= 500;
}
