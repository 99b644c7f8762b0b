namespace Marketplace.Listings.Api.Search;

/// <summary>The per-row figures a search query returns after the listing columns (Dapper multi-mapping splits on
/// listing_id, never null: Dapper maps a null split column to a null object).</summary>
public sealed class SearchScores
{
    public Guid ListingId { get; init; }

    public double? TextRank { get; init; }
    public double? DistanceMiles { get; init; }

    /// <summary>The window count of every match, on full-text queries.</summary>
    public long? Total { get; init; }
}
