namespace Marketplace.Listings.Api.Search;

/// <summary>One listing found by either arm of a hybrid search, with what the fusion and the sorts need.</summary>
public sealed class HybridCandidate
{
    public Guid Id { get; init; }
    public double? TextRank { get; init; }
    public double? Similarity { get; init; }
    public bool TextMatch { get; init; }
    public DateTime? PublishedAt { get; init; }
    public decimal? SalaryHigh { get; init; }
    public decimal? SalaryLow { get; init; }
    public double? DistanceMiles { get; init; }
    public long? TextTotal { get; init; }
}
