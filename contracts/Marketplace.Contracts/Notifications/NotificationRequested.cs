namespace Marketplace.Contracts.Notifications;

/// <summary>
/// Tell one person something, by the channel they chose. Partner systems deliver it (e-mail, SMS, push); the
/// marketplace only decides who is told what and when. Every service that notifies people publishes this one type,
/// so a partner consumes one exchange; <see cref="Source"/> names the publisher ("matching", "emergency-dispatch").
/// <see cref="Kind"/> is a stable lower snake_case name ("emergency_job_nearby", "job_recommended");
/// <see cref="Data"/> carries the ids and values a template needs. <see cref="DeduplicationKey"/> is stable for one
/// logical notice, so a partner can drop a repeat.
/// </summary>
public sealed record NotificationRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Source,
    Guid RecipientUserId,
    string Channel,
    string Kind,
    string Subject,
    string Body,
    IReadOnlyDictionary<string, string> Data,
    string DeduplicationKey) : IIntegrationEvent;
