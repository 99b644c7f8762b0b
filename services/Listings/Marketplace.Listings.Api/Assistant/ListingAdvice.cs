namespace Marketplace.Listings.Api.Assistant;

/// <summary>What an advisor adds to the deterministic result; empty when there is no advisor or it failed.</summary>
public sealed record ListingAdvice(IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<SuggestedQuestion> ScreeningQuestions)
{
    public static ListingAdvice None { get; } = new([], []);

    /// <summary>The deterministic result with this advice appended; the score stays the rules' score.</summary>
    public OptimizationResult AppendTo(OptimizationResult result) =>
        Suggestions.Count == 0 && ScreeningQuestions.Count == 0
            ? result
            : result with
            {
                Suggestions = [.. result.Suggestions, .. Suggestions],
                ScreeningQuestions = [.. result.ScreeningQuestions, .. ScreeningQuestions],
            };
}
