namespace Marketplace.Contracts.EmergencyDispatch;

/// <summary>An emergency job was filled; <see cref="TimeToFill"/> runs from posting to assignment.</summary>
public sealed record EmergencyJobFilled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid JobId,
    Guid OrganizationId,
    Guid TechnicianUserId,
    TimeSpan TimeToFill,
    EmergencyJobSnapshot Job) : IIntegrationEvent;
