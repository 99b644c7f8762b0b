namespace Marketplace.Applications.Api.Tracker;

public sealed class TrackedJobRow
{
    public const string Columns = """
        t.id, t.company, t.title, t.url, t.location, t.salary_text, t.source, t.channel, t.status, t.closed_reason,
        t.follow_up_count, t.last_follow_up_at, t.last_activity_at, t.created_at, t.updated_at
        """;

    public Guid Id { get; init; }
    public string Company { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public string? Location { get; init; }
    public string? SalaryText { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }
    public string Status { get; init; } = "";
    public string? ClosedReason { get; init; }
    public int FollowUpCount { get; init; }
    public DateTime? LastFollowUpAt { get; init; }
    public DateTime LastActivityAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
}

public sealed class NoteRow
{
    public Guid Id { get; init; }
    public string Body { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}

public sealed class StageRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public DateTime? StageDate { get; init; }
    public string Outcome { get; init; } = "";
    public string? Notes { get; init; }
    public string? Debrief { get; init; }
}

public sealed class ContactRow
{
    public Guid Id { get; init; }
    public Guid StageId { get; init; }
    public string Name { get; init; } = "";
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? LinkedinUrl { get; init; }
}
