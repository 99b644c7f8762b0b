namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>The owner cancelled an open emergency job.</summary>
public sealed record EmergencyJobCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    string? Reason,
    EmergencyJobSnapshot Job) : IIntegrationEvent;
