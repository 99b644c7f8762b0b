using System.Text.Json;
using Marketplace.Applications.Api.Data;

namespace Marketplace.Applications.Api.Apis;

/// <summary>An interview; its rating and feedback are the hiring team's and are not shown to the applicant.</summary>
public sealed record InterviewResponse(
    Guid Id,
    string InterviewType,
    DateTimeOffset ScheduledAt,
    int DurationMinutes,
    string? Location,
    IReadOnlyList<string> Interviewers,
    string Status,
    int? Rating,
    InterviewFeedback? Feedback)
{
    public static InterviewResponse From(InterviewRow i, bool viewerIsApplicant) => new(
        i.Id, i.InterviewType, ApplicationResponse.Utc(i.ScheduledAt), i.DurationMinutes, i.Location, i.Interviewers, i.Status,
        viewerIsApplicant ? null : i.Rating,
        viewerIsApplicant || i.Feedback is null ? null : JsonSerializer.Deserialize<InterviewFeedback>(i.Feedback, Snapshots.Json));
}
