namespace Marketplace.Listings.Api.Assistant;

/// <summary>The answer of POST /api/v1/jobs/{id}/optimize.</summary>
public sealed record OptimizationResult(
    Guid ListingId, int Score, IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<SuggestedQuestion> ScreeningQuestions, WageBenchmark? Wages);
