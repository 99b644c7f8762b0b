using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>An opportunity as the API answers it; <see cref="Trade"/> is its job category, <see cref="TradeGroup"/> that category's trade.</summary>
public sealed record ContractOpportunityResponse(
    Guid Id,
    Guid OrganizationId,
    string Title,
    string Description,
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
    DateTimeOffset BidDeadline,
    string Status,
    Guid? AwardedBidId,
    DateTimeOffset PublishedAt,
    DateTimeOffset? AwardedAt)
{
    public static ContractOpportunityResponse From(ContractOpportunityRow r) => new(
        r.Id, r.OrganizationId, r.Title, r.Description, r.JobCategory, r.Trade, r.ContractType, r.Visibility, r.Region,
        r.StateProvince, r.City, r.BudgetMin, r.BudgetMax, r.Currency, ListingSnapshots.Utc(r.BidDeadline)!.Value, r.Status,
        r.AwardedBidId, ListingSnapshots.Utc(r.PublishedAt)!.Value, ListingSnapshots.Utc(r.AwardedAt));
}
