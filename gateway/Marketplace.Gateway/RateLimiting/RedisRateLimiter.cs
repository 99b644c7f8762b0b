using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Marketplace.Gateway.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis, shared by every gateway instance. One Lua script increments the caller's
/// counter and starts its window atomically, so concurrent requests on several instances never lose a count or
/// leave a counter without expiry. Redis's own clock times the window, so instance clocks do not matter.
/// </summary>
internal sealed partial class RedisRateLimiter(
    IConnectionMultiplexer redis, IOptions<RateLimitingOptions> options, ILogger<RedisRateLimiter> logger)
{
    // KEYS[1] the counter, ARGV[1] the window in ms. Returns {count, ms until the window resets}. A key found
    // without a TTL (it cannot happen through this script, but a manual SET could do it) gets one again.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return {count, ttl}
        """;

    public async Task<RateLimitDecision> AcquireAsync(RateLimitPartition partition)
    {
        var settings = options.Value;
        var limit = partition.Authenticated ? settings.PermitLimit : settings.AnonymousPermitLimit;
        try
        {
            var result = await redis.GetDatabase()
                .ScriptEvaluateAsync(
                    IncrementScript,
                    [(RedisKey)$"{settings.KeyPrefix}:{partition.Key}"],
                    [(long)settings.Window.TotalMilliseconds])
                .WaitAsync(settings.RedisTimeout);
            var values = (RedisResult[])result!;
            var count = (long)values[0];
            return new RateLimitDecision(count <= limit, count, limit, TimeSpan.FromMilliseconds((long)values[1]));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Fail open: an outage of the counter store must not take the whole API down with it (ADR 0020).
            LogCounterUnavailable(logger, ex);
            return RateLimitDecision.Uncounted(limit);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Rate-limit counters in Redis are unavailable; the request is let through uncounted")]
    private static partial void LogCounterUnavailable(ILogger logger, Exception exception);
}
