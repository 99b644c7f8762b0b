namespace Marketplace.Contracts.Listings;

/// <summary>A listing passed its expires_at without auto-renew and is no longer shown.</summary>
public sealed record JobListingExpired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    DateTimeOffset ExpiredAt,
    JobListingSnapshot Listing) : IIntegrationEvent;
