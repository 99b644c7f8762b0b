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
            ? new RateLimitPartition("ip:" + ClientAddress(context), Authenticated: false)
            : new RateLimitPartition("user:" + sub, Authenticated: true);
    }

    // A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d; one client must have one counter either way.
    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip
            ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
            : "unknown";
}
