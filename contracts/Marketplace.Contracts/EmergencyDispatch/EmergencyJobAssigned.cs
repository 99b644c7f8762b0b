namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>A technician who answered available was assigned (by the owner, or automatically on first accept).</summary>
public sealed record EmergencyJobAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    Guid TechnicianUserId,
    bool FirstAccept) : IIntegrationEvent;
