namespace Marketplace.Web.Api.Seek;

/// <summary>A listing's screening question as an applicant sees it (question_type: text, multiple_choice, yes_no, number).</summary>
public sealed record ScreeningQuestion(Guid QuestionId, string Text, string QuestionType, bool Required, int Order, IReadOnlyList<string>? Options)
{
    /// <summary>The API's field name for this question's answer in a 400 (screening_answers[question_id]).</summary>
    public string Field => $"screening_answers[{QuestionId}]";
}
