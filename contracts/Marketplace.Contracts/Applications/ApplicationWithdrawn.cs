namespace Marketplace.Contracts.Applications;

/// <summary>The applicant withdrew an open application.</summary>
public sealed record ApplicationWithdrawn(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string? Reason) : IIntegrationEvent;
