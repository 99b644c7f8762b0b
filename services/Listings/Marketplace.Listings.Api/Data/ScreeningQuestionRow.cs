namespace Marketplace.Listings.Api.Data;

public sealed class ScreeningQuestionRow
{
    public Guid Id { get; init; }
    public string Text { get; init; } = "";
    public string QuestionType { get; init; } = "";
    public bool Required { get; init; }
    public int SortOrder { get; init; }
    public string[]? Options { get; init; }
    public string? KnockoutAnswer { get; init; }
}
