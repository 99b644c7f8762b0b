namespace Marketplace.Applications.Api.Apis;

/// <summary>POST …/interview: schedule one interview (UTC, in the future).</summary>
public sealed record ScheduleInterviewRequest(
    string? InterviewType, DateTimeOffset? ScheduledAt, int? DurationMinutes, string? Location, IReadOnlyList<string?>? Interviewers);

/// <summary>POST …/interviews/{interview_id}/reschedule.</summary>
public sealed record RescheduleInterviewRequest(DateTimeOffset? ScheduledAt, int? DurationMinutes, string? Location);

/// <summary>POST …/interviews/{interview_id}/complete: a 1–5 rating and structured feedback.</summary>
public sealed record CompleteInterviewRequest(
    int? Rating, string? Recommendation, IReadOnlyList<string?>? Strengths, IReadOnlyList<string?>? Concerns, string? Notes);

/// <summary>The stored feedback of a completed interview.</summary>
public sealed record InterviewFeedback(string? Recommendation, IReadOnlyList<string> Strengths, IReadOnlyList<string> Concerns, string? Notes);
