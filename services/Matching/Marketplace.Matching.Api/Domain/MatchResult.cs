namespace Marketplace.Matching.Api.Domain;

/// <summary>A score 0–100 with its components (each 0–100) and the plain-words explanation built from them.</summary>
public sealed record MatchResult(
    decimal Score,
    IReadOnlyDictionary<string, decimal> Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<string> Recommendations)
{
    public bool IsRecommended => Score >= MatchWeights.RecommendThreshold;
}
