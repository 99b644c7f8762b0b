namespace Marketplace.Contracts.Matching;

/// <summary>
/// Matching scored an application's frozen applicant snapshot against its job (0–100, with the components that
/// make it up). Applications sorts applicant lists by <see cref="Score"/>. A re-score has a later <see cref="OccurredAt"/>.
/// </summary>
public sealed record ApplicationScored(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid JobId,
    Guid ApplicantUserId,
    decimal Score,
    IReadOnlyDictionary<string, decimal> Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Concerns) : IIntegrationEvent;
