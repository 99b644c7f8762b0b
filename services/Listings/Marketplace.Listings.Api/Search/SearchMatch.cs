namespace Marketplace.Listings.Api.Search;

/// <summary>
/// Why a listing is in the results: its full-text rank (null when the text arm did not find it), its semantic
/// similarity (cosine, null when the vector arm did not), its distance from the radius centre, and the fused score.
/// </summary>
public sealed record SearchMatch(double? TextRank, double? SemanticSimilarity, double? DistanceMiles, double? Score, IReadOnlyList<string> MatchedBy);
