using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// A screening question. <see cref="KnockoutAnswer"/> is the answer that disqualifies (yes/no, one of the options,
/// or for a number the minimum required, as text).
/// </summary>
public sealed record ScreeningQuestionRequest(
    string? Text, QuestionType? QuestionType, bool? Required, int? Order, IReadOnlyList<string>? Options, string? KnockoutAnswer);
