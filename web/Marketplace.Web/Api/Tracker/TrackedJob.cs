namespace Marketplace.Web.Api.Tracker;

/// <summary>A job the seeker tracks from anywhere (Applications' tracker); notes come with GET of one job.</summary>
public sealed record TrackedJob(
    Guid Id, string Company, string Title, string? Url, string? Location, string? SalaryText, string? Source, string? Channel,
    string Status, string? ClosedReason, int FollowUpCount, DateTimeOffset? LastFollowUpAt, DateTimeOffset LastActivityAt,
    DateTimeOffset CreatedAt, IReadOnlyList<TrackerNote>? Notes = null);

public sealed record TrackerNote(Guid Id, string Text, DateTimeOffset CreatedAt);

/// <summary>A tracked job with no activity for a while, and what to do about it.</summary>
public sealed record StaleJob(TrackedJob Job, int DaysInactive, string SuggestedAction);
