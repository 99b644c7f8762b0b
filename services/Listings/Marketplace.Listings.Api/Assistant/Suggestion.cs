namespace Marketplace.Listings.Api.Assistant;

/// <summary>One concrete change the assistant proposes: the field, how much it matters (high, medium, low) and why.</summary>
public sealed record Suggestion(string Field, string Severity, string Message, IReadOnlyList<string>? Values = null);
