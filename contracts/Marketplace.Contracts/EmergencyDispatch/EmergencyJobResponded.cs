namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>A notified technician answered: available (with an ETA) or not.</summary>
public sealed record EmergencyJobResponded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    Guid TechnicianUserId,
    bool Available,
    int? EtaMinutes,
    TimeSpan ResponseTime) : IIntegrationEvent;
