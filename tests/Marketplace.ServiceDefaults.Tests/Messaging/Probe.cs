using Marketplace.Contracts;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

/// <summary>A test event. <see cref="RunId"/> tells one test's messages from another's on the shared queues.</summary>
public sealed record Probe(Guid EventId, DateTimeOffset OccurredAt, Guid RunId, int Sequence, int FailTimes = 0, bool Invalid = false)
    : IIntegrationEvent
{
    public static Probe Create(Guid runId, int sequence, int failTimes = 0, bool invalid = false) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, runId, sequence, failTimes, invalid);
}
