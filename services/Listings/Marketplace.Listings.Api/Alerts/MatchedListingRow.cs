namespace Marketplace.Listings.Api.Alerts;

public sealed class MatchedListingRow
{
    public Guid ListingId { get; init; }
    public string Title { get; init; } = "";
    public DateTime PublishedAt { get; init; }
}
