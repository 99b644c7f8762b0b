namespace Marketplace.Web.Api.Tracker;

/// <summary>POST /api/v1/tracker/jobs.</summary>
public sealed record TrackedJobRequest(string? Company, string? Title, string? Url, string? Location, string? SalaryText, string? Channel);

/// <summary>PATCH /api/v1/tracker/jobs/{id}/status: closed needs a closed_reason.</summary>
public sealed record TrackerStatusRequest(string Status, string? ClosedReason);

/// <summary>POST /api/v1/tracker/jobs/{id}/notes.</summary>
public sealed record TrackerNoteRequest(string? Text);
