namespace Marketplace.Applications.Api.Tracker;

public sealed record TrackedJobRequest(
    string? Company, string? Title, string? Url, string? Location, string? SalaryText, string? Source, string? Channel, string? Status);

public sealed record TrackerStatusRequest(string? Status, string? ClosedReason);

public sealed record NoteRequest(string? Text);

public sealed record ContactRequest(string? Name, string? Role, string? Email, string? Phone, string? LinkedinUrl);

public sealed record StageRequest(string? Name, DateTimeOffset? StageDate, string? Outcome, string? Notes, IReadOnlyList<ContactRequest?>? Contacts);

public sealed record StageUpdateRequest(DateTimeOffset? StageDate, string? Outcome, string? Notes);

/// <summary>After an interview: what went well, what to improve, the questions asked, a 1–5 feeling, next steps.</summary>
public sealed record DebriefRequest(string? WentWell, string? ToImprove, IReadOnlyList<string?>? QuestionsAsked, int? OverallFeeling, string? NextSteps);
