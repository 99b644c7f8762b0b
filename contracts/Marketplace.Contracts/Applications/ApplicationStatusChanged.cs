namespace Marketplace.Contracts.Applications;

/// <summary>An application moved in the hiring pipeline (lower snake_case states, e.g. "shortlisted"); <see cref="Reason"/> for rejections.</summary>
public sealed record ApplicationStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string FromStatus,
    string ToStatus,
    string? Reason,
    Guid? ActorUserId) : IIntegrationEvent;
