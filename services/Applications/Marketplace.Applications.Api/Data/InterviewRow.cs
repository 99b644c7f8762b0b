namespace Marketplace.Applications.Api.Data;

public sealed class InterviewRow
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public string InterviewType { get; init; } = "";
    public DateTime ScheduledAt { get; init; }
    public int DurationMinutes { get; init; }
    public string? Location { get; init; }
    public string[] Interviewers { get; init; } = [];
    public string Status { get; init; } = "";
    public int? Rating { get; init; }
    public string? Feedback { get; init; }
}
