namespace Marketplace.Web.Api.Seek;

/// <summary>POST /api/v1/jobs/{job_id}/apply: the cover letter and one answer per answered question.</summary>
public sealed record ApplyRequest(string? CoverLetter, IReadOnlyList<ScreeningAnswerRequest> ScreeningAnswers);

/// <summary>An answer: a string, or a number for a number question (sent as JSON of its kind).</summary>
public sealed record ScreeningAnswerRequest(Guid QuestionId, object Answer);
