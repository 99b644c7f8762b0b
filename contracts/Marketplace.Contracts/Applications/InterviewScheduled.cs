namespace Marketplace.Contracts.Applications;

/// <summary>An interview was scheduled (or rescheduled: same <see cref="InterviewId"/>, new time).</summary>
public sealed record InterviewScheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InterviewId,
    Guid ApplicationId,
    Guid JobId,
    Guid OrganizationId,
    Guid ApplicantUserId,
    string InterviewType,
    DateTimeOffset ScheduledAt,
    int DurationMinutes) : IIntegrationEvent;
