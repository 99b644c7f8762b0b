namespace Marketplace.Contracts.Matching;

/// <summary>A candidate crossed the recommendation threshold for a job; published once per (candidate, job).</summary>
public sealed record CandidateRecommended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CandidateId,
    Guid? CandidateUserId,
    Guid JobId,
    bool IsExternalJob,
    decimal Score,
    IReadOnlyList<string> Reasons) : IIntegrationEvent;
