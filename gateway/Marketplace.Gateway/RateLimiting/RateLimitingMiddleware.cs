using System.Globalization;
using Marketplace.Gateway.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Gateway.RateLimiting;

/// <summary>
/// Counts every request except health probes against its caller's window and answers 429 with Retry-After once
/// the window is used up. Runs before authorization so that rejected and anonymous traffic is counted too.
/// </summary>
internal sealed class RateLimitingMiddleware(RequestDelegate next, RedisRateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsProbe(context.Request.Path))
        {
            await next(context);
            return;
        }

        var authentication = await context.AuthenticateAsync();
        var partition = RateLimitPartition.For(authentication.Succeeded ? authentication.Principal : null, context);
        var decision = await limiter.AcquireAsync(partition);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        context.Response.Headers[HeaderNames.RetryAfter] = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await GatewayProblem.WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            "Too many requests.",
            $"The limit of {decision.Limit} requests per window is used up; retry after {decision.RetryAfterSeconds} seconds.");
    }

    // The orchestrator's probes must keep working while a caller is throttled.
    private static bool IsProbe(PathString path) =>
        path.Equals("/health", StringComparison.OrdinalIgnoreCase) || path.Equals("/alive", StringComparison.OrdinalIgnoreCase);
}
