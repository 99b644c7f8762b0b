using System.ComponentModel.DataAnnotations;

namespace Marketplace.Gateway.RateLimiting;

/// <summary>"RateLimiting" configuration: a fixed window per caller, counted in Redis (ADR 0020).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests an authenticated user (sub claim) may make per window.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>Requests a client IP without a valid token may make per window.</summary>
    [Range(1, int.MaxValue)]
    public int AnonymousPermitLimit { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Prefix of the Redis keys; gateway instances that share it share their counters.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "gateway:rate-limit";

    /// <summary>How long a request waits for Redis before it is let through uncounted (fail open).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
