using System.Collections.Concurrent;
using Marketplace.Contracts;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

/// <summary>Everything the test consumers saw, shared by every host in a test.</summary>
public sealed class ProbeSink
{
    public ConcurrentQueue<Probe> Deliveries { get; } = new();

    public ConcurrentQueue<(Probe Probe, int RedeliveryCount)> Handled { get; } = new();

    public ConcurrentQueue<Probe> Faults { get; } = new();

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    /// <summary>The trace each delivery was consumed in.</summary>
    public ConcurrentDictionary<Guid, string?> TraceIds { get; } = new();

    public IReadOnlyList<Probe> DeliveriesOf(Guid runId) => Deliveries.Where(p => p.RunId == runId).ToList();

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0}s waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
