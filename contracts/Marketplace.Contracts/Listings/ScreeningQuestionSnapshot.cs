namespace Marketplace.Contracts.Listings;

public sealed record ScreeningQuestionSnapshot(
    Guid QuestionId,
    string Text,
    string QuestionType,
    bool Required,
    int Order,
    IReadOnlyList<string>? Options,
    string? KnockoutAnswer);
