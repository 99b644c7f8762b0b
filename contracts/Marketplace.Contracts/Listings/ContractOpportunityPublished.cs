namespace Marketplace.Contracts.Listings;

/// <summary>
/// A contract or subcontract opportunity is open for bids. <see cref="Trade"/> is the job category it is for
/// (elevator_mechanic), <see cref="TradeGroup"/> the trade that category belongs to (elevator); enum values are
/// lower snake_case. Carries what consumers need so none calls back.
/// </summary>
public sealed record ContractOpportunityPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OpportunityId,
    Guid OrganizationId,
    string Title,
    string Trade,
    string TradeGroup,
    string ContractType,
    string Visibility,
    string? Region,
    string? StateProvince,
    string? City,
    decimal BudgetMin,
    decimal BudgetMax,
    string Currency,
    DateTimeOffset BidDeadline) : IIntegrationEvent;
