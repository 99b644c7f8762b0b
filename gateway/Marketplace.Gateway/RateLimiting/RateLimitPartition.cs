using System.Security.Claims;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Gateway.RateLimiting;

/// <summary>
/// Whose counter a request increments: the user's (sub of a validated token) or, without a valid token, the
/// client IP's. A forged token never picks the partition, because only a validated principal is used.
/// </summary>
internal sealed record RateLimitPartition(string Key, bool Authenticated)
{
    public static RateLimitPartition For(ClaimsPrincipal? user, HttpContext context)
    {
        var sub = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(MarketplaceClaims.Subject) : null;
        return string.IsNullOrEmpty(sub)
            ? new RateLimitPartition("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), Authenticated: false)
            : new RateLimitPartition("user:" + sub, Authenticated: true);
    }
}
