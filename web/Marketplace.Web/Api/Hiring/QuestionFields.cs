namespace Marketplace.Web.Api.Hiring;

/// <summary>The "add a question" form: options typed comma-separated, blanks sent as null.</summary>
public sealed class QuestionFields
{
    public string? Text { get; set; }
    public string? QuestionType { get; set; } = "yes_no";
    public bool Required { get; set; } = true;
    public string? Options { get; set; }
    public string? KnockoutAnswer { get; set; }

    public ScreeningQuestionDraft ToDraft(int order) => new(
        Text?.Trim(),
        QuestionType,
        Required,
        order,
        QuestionType == "multiple_choice" ? ListingForm.List(Options) : null,
        QuestionType == "text" || string.IsNullOrWhiteSpace(KnockoutAnswer) ? null : KnockoutAnswer.Trim().ToLowerInvariant() is var k && QuestionType == "yes_no" ? k : KnockoutAnswer.Trim());
}
