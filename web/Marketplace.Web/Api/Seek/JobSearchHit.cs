namespace Marketplace.Web.Api.Seek;

/// <summary>One search result: the listing and why it is in the results.</summary>
public sealed record JobSearchHit(JobListing Listing, SearchMatch Match);

/// <summary>
/// Listings' "why this result": the full-text rank, the semantic similarity (cosine), the distance from the radius
/// centre and the arms that found it (matched_by: "full_text", "semantic", "filters").
/// </summary>
public sealed record SearchMatch(double? TextRank, double? SemanticSimilarity, double? DistanceMiles, double? Score, IReadOnlyList<string>? MatchedBy);
