namespace Marketplace.Listings.Api.Data;

public sealed class SavedJobRow
{
    public Guid ListingId { get; init; }
    public string? Notes { get; init; }
    public DateTime SavedAt { get; init; }
}
