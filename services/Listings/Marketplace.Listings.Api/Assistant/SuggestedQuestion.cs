namespace Marketplace.Listings.Api.Assistant;

public sealed record SuggestedQuestion(string Text, string QuestionType, bool Required, string? KnockoutAnswer);
