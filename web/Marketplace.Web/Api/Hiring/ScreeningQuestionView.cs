namespace Marketplace.Web.Api.Hiring;

/// <summary>A listing's screening question (the owner also sees the knockout answer).</summary>
public sealed record ScreeningQuestionView(Guid QuestionId, string Text, string QuestionType, bool Required, int Order,
    IReadOnlyList<string>? Options, string? KnockoutAnswer);

/// <summary>POST /api/v1/jobs/{id}/screening-questions.</summary>
public sealed record ScreeningQuestionDraft(string? Text, string? QuestionType, bool Required, int? Order, IReadOnlyList<string>? Options,
    string? KnockoutAnswer);
