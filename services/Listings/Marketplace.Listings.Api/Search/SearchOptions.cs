namespace Marketplace.Listings.Api.Search;

/// <summary>"Search" configuration: how far each arm of a hybrid search reaches.</summary>
public sealed class SearchOptions
{
    /// <summary>The vector arm contributes at most this many nearest neighbours (after the filters).</summary>
    public int VectorArmLimit { get; set; } = 100;

    /// <summary>Neighbours less similar than this (cosine) are not results; it keeps "zzz" from matching everything.</summary>
    public double MinSimilarity { get; set; } = 0.25;

    /// <summary>HNSW candidate list size; at least the arm limit, or recall suffers.</summary>
    public int EfSearch { get; set; } = 120;
}
