namespace Marketplace.Contracts.Matching;

/// <summary>
/// A candidate was linked to a canonical role. <see cref="CandidateCount"/> is the role's candidate count after
/// the link, so consumers (Scraper-Ingest's queue priority) need not count themselves and can apply it idempotently.
/// </summary>
public sealed record CandidateRoleLinked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CandidateId,
    Guid RoleId,
    string RoleName,
    IReadOnlyList<string> RoleAliases,
    int CandidateCount) : IIntegrationEvent;
