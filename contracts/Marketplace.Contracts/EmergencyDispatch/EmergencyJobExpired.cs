namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>An emergency job reached its expiry unfilled.</summary>
public sealed record EmergencyJobExpired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    int NotificationsSent,
    int ResponsesCount,
    EmergencyJobSnapshot Job) : IIntegrationEvent;
