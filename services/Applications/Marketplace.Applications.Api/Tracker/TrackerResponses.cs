using System.Text.Json;
using Marketplace.Applications.Api.Apis;
using Marketplace.Applications.Api.Data;

namespace Marketplace.Applications.Api.Tracker;

public sealed record TrackedJobResponse(
    Guid Id, string Company, string Title, string? Url, string? Location, string? SalaryText, string? Source, string? Channel,
    string Status, string? ClosedReason, int FollowUpCount, DateTimeOffset? LastFollowUpAt, DateTimeOffset LastActivityAt,
    DateTimeOffset CreatedAt, IReadOnlyList<NoteResponse>? Notes = null, IReadOnlyList<StageResponse>? Stages = null)
{
    public static TrackedJobResponse From(TrackedJobRow t) => new(
        t.Id, t.Company, t.Title, t.Url, t.Location, t.SalaryText, t.Source, t.Channel, t.Status, t.ClosedReason, t.FollowUpCount,
        ApplicationResponse.Utc(t.LastFollowUpAt), ApplicationResponse.Utc(t.LastActivityAt), ApplicationResponse.Utc(t.CreatedAt));
}

public sealed record NoteResponse(Guid Id, string Text, DateTimeOffset CreatedAt)
{
    public static NoteResponse From(NoteRow n) => new(n.Id, n.Body, ApplicationResponse.Utc(n.CreatedAt));
}

public sealed record ContactResponse(Guid Id, string Name, string? Role, string? Email, string? Phone, string? LinkedinUrl)
{
    public static ContactResponse From(ContactRow c) => new(c.Id, c.Name, c.Role, c.Email, c.Phone, c.LinkedinUrl);
}

public sealed record Debrief(string? WentWell, string? ToImprove, IReadOnlyList<string> QuestionsAsked, int? OverallFeeling, string? NextSteps);

public sealed record StageResponse(Guid Id, string Name, DateTimeOffset? StageDate, string Outcome, string? Notes, Debrief? Debrief, IReadOnlyList<ContactResponse> Contacts)
{
    public static StageResponse From(StageRow s, IEnumerable<ContactRow> contacts) => new(
        s.Id, s.Name, ApplicationResponse.Utc(s.StageDate), s.Outcome, s.Notes,
        s.Debrief is null ? null : JsonSerializer.Deserialize<Debrief>(s.Debrief, Snapshots.Json),
        contacts.Where(c => c.StageId == s.Id).Select(ContactResponse.From).ToList());
}

public sealed record StaleJobResponse(TrackedJobResponse Job, int DaysInactive, string SuggestedAction);

public sealed record PipelineSummary(IReadOnlyDictionary<string, long> ByStatus, long Active, long Closed, IReadOnlyDictionary<string, long> ClosedByReason);
