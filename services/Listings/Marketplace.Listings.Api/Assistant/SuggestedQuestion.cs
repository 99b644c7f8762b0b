namespace Marketplace.Listings.Api.Assistant;

/// <summary>A screening question the owner may add; Source is "rules" (deterministic) or "llm" (the optional advisor).</summary>
public sealed record SuggestedQuestion(string Text, string QuestionType, bool Required, string? KnockoutAnswer, string Source = "rules");
