namespace Marketplace.Applications.Api.Domain;

/// <summary>A listing's screening question as the read model stores it (JobListingSnapshot.ScreeningQuestions).</summary>
public sealed record ScreeningQuestion(
    Guid QuestionId, string Text, string QuestionType, bool Required, int Order, IReadOnlyList<string>? Options, string? KnockoutAnswer);
