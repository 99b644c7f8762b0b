using Marketplace.Gateway.RateLimiting;

namespace Marketplace.Gateway.Tests.Unit;

public sealed class RateLimitDecisionTests
{
    [TestCase(59_001, 60)]
    [TestCase(1_000, 1)]
    [TestCase(1, 1)]
    [TestCase(0, 1)]
    public void Retry_after_rounds_the_rest_of_the_window_up_to_whole_seconds(long remainingMs, int expected) =>
        Assert.That(new RateLimitDecision(false, 4, 3, TimeSpan.FromMilliseconds(remainingMs)).RetryAfterSeconds, Is.EqualTo(expected));
}
