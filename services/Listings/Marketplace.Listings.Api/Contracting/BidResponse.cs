using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Contracting;

public sealed record BidResponse(
    Guid Id,
    Guid OpportunityId,
    Guid BidderOrganizationId,
    decimal Amount,
    string Currency,
    string? Message,
    DateOnly? ProposedStart,
    string Status,
    DateTimeOffset CreatedAt)
{
    public static BidResponse From(BidRow r) => new(
        r.Id, r.OpportunityId, r.BidderOrganizationId, r.Amount, r.Currency, r.Message,
        r.ProposedStart, r.Status, ListingSnapshots.Utc(r.CreatedAt)!.Value);
}
