namespace Marketplace.Gateway.RateLimiting;

/// <summary>The outcome of counting one request: allowed or not, and when the caller's window resets.</summary>
internal sealed record RateLimitDecision(bool Allowed, long Count, int Limit, TimeSpan ResetsIn)
{
    /// <summary>Let through uncounted because the counter store could not answer.</summary>
    public static RateLimitDecision Uncounted(int limit) => new(true, 0, limit, TimeSpan.Zero);

    /// <summary>Whole seconds for Retry-After, never 0 while the window is still open.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(ResetsIn.TotalSeconds));
}
