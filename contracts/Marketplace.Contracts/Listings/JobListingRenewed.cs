namespace Marketplace.Contracts.Listings;

/// <summary>An auto-renew listing reached its expires_at and was extended to <see cref="ExpiresAt"/> instead of expiring.</summary>
public sealed record JobListingRenewed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;
