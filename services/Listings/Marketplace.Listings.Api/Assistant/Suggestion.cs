namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// One concrete change the assistant proposes: the field, how much it matters (high, medium, low) and why.
/// Source is "rules" for the deterministic optimizer and "llm" for the optional language-model advisor.
/// </summary>
public sealed record Suggestion(string Field, string Severity, string Message, IReadOnlyList<string>? Values = null, string Source = "rules");
