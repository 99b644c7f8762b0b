namespace Marketplace.Contracts.Listings;

/// <summary>The owner's reminder, sent once, three days before a listing that does not auto-renew expires.</summary>
public sealed record JobListingExpiringSoon(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    Guid OwnerUserId,
    string Title,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;
