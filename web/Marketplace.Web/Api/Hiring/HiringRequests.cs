namespace Marketplace.Web.Api.Hiring;

/// <summary>PATCH …/status: shortlisted, rejected (with a reason code and optional feedback), hired.</summary>
public sealed record StatusChange(string Status, string? Reason = null, string? Feedback = null);

/// <summary>POST …/interview.</summary>
public sealed record InterviewSchedule(string? InterviewType, DateTimeOffset? ScheduledAt, int? DurationMinutes, string? Location,
    IReadOnlyList<string>? Interviewers);

/// <summary>POST …/offer (and PUT to revise it).</summary>
public sealed record OfferTerms(string? PositionTitle, string? CompensationType, decimal? Amount, string? Currency, DateOnly? StartDate,
    IReadOnlyList<string>? Benefits, string? Terms, DateTimeOffset? ExpiresAt);

/// <summary>POST …/offer/respond: accepted, declined or counter_requested (with the reason, what is asked for).</summary>
public sealed record OfferReply(string Response, string? Reason);

/// <summary>POST …/interviews/{interview_id}/complete.</summary>
public sealed record InterviewOutcome(int Rating, string Recommendation, string? Notes);
