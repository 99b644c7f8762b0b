namespace Marketplace.Contracts.Applications;

/// <summary>The employer marked an accepted offer as a hire. Listings counts it toward the listing's positions filled.</summary>
public sealed record CandidateHired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string JobCategory,
    DateTimeOffset AppliedAt,
    DateTimeOffset HiredAt) : IIntegrationEvent;
