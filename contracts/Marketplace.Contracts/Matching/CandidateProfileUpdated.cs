using Marketplace.Contracts.Applications;

namespace Marketplace.Contracts.Matching;

/// <summary>
/// A job seeker's own profile was created or changed (<see cref="Version"/> grows by one per change, so a consumer
/// keeps the newest and ignores an older one delivered late). Applications freezes it into each application's
/// snapshot. Names and contact details are not carried: they stay in Matching.
/// </summary>
public sealed record CandidateProfileUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    Guid? OrganizationId,
    long Version,
    ApplicantSnapshot Profile,
    IReadOnlyList<string> PreferredRoles,
    IReadOnlyList<string> JobTypes,
    bool Discoverable) : IIntegrationEvent;
