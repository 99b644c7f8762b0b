namespace Marketplace.Contracts;

/// <summary>
/// Every integration event carries a stable id (also the message id on the broker, so consumers can
/// deduplicate) and the UTC time it happened. Both are fixed when the event is stored in the outbox.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
