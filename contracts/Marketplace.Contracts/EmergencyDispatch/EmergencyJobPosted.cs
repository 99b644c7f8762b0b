namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>An emergency job was posted and its first broadcast wave went out.</summary>
public sealed record EmergencyJobPosted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    EmergencyJobSnapshot Job) : IIntegrationEvent;
