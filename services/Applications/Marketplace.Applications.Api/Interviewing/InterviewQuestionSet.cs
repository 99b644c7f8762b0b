namespace Marketplace.Applications.Api.Interviewing;

/// <summary>The answer of …/interview-questions: the O*NET occupation used (null when unknown) and the questions.</summary>
public sealed record InterviewQuestionSet(
    string? OccupationCode,
    string? OccupationTitle,
    IReadOnlyList<InterviewQuestion> Behavioral,
    IReadOnlyList<InterviewQuestion> Technical,
    bool LlmUsed);
