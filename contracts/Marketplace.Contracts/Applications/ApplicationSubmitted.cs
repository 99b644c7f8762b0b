namespace Marketplace.Contracts.Applications;

/// <summary>
/// Someone applied to a listing. Carries what Matching needs to score the applicant against the job (the frozen
/// <see cref="Applicant"/> snapshot) and what Listings needs for its counters. <see cref="Status"/> is "submitted", or
/// "rejected" when a screening answer hit a knockout answer.
/// </summary>
public sealed record ApplicationSubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string JobCategory,
    string Status,
    ApplicantSnapshot Applicant) : IIntegrationEvent;
