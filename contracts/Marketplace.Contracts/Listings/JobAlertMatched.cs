namespace Marketplace.Contracts.Listings;

/// <summary>
/// New listings for one job alert on one channel: the notification service delivers it to the alert's owner.
/// One event per alert, channel and matcher run; a listing appears in at most one run of an alert.
/// </summary>
public sealed record JobAlertMatched(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AlertId,
    Guid OwnerUserId,
    string AlertName,
    string Channel,
    string Frequency,
    IReadOnlyList<JobAlertMatchedListing> Listings) : IIntegrationEvent;
