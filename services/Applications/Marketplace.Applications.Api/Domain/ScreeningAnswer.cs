namespace Marketplace.Applications.Api.Domain;

/// <summary>One checked answer as stored with the application: the question's text beside it, as it was asked.</summary>
public sealed record ScreeningAnswer(Guid QuestionId, string Question, string QuestionType, string Answer, bool Knockout);
