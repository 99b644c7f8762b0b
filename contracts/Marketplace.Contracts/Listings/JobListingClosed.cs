namespace Marketplace.Contracts.Listings;

/// <summary>A listing stopped taking applications: <see cref="Status"/> is "filled" or "closed" (with <see cref="Reason"/>).</summary>
public sealed record JobListingClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    string Status,
    string? Reason,
    JobListingSnapshot Listing) : IIntegrationEvent;
