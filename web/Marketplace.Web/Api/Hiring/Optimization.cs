namespace Marketplace.Web.Api.Hiring;

/// <summary>The listing assistant's answer (POST /api/v1/jobs/{id}/optimize).</summary>
public sealed record Optimization(Guid ListingId, int Score, IReadOnlyList<OptimizationSuggestion> Suggestions,
    IReadOnlyList<SuggestedQuestion> ScreeningQuestions, WageBenchmark? Wages);

public sealed record OptimizationSuggestion(string Field, string Severity, string Message, IReadOnlyList<string>? Values, string Source);

public sealed record SuggestedQuestion(string Text, string QuestionType, bool Required, string? KnockoutAnswer, string Source);

public sealed record WageBenchmark(string SocCode, string Occupation, decimal? HourlyP25, decimal? HourlyMedian, decimal? HourlyP75,
    decimal? AnnualP25, decimal? AnnualMedian, decimal? AnnualP75);
