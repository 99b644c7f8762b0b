namespace Marketplace.Contracts.Listings;

/// <summary>
/// The owner of a contract opportunity selected <see cref="WinningBidId"/>; every other bid was rejected
/// (<see cref="RejectedBidIds"/>) in the same transaction.
/// </summary>
public sealed record ContractAwarded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OpportunityId,
    Guid OrganizationId,
    Guid WinningBidId,
    Guid WinnerOrganizationId,
    decimal Amount,
    string Currency,
    IReadOnlyList<Guid> RejectedBidIds) : IIntegrationEvent;
