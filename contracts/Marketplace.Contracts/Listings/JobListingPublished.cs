namespace Marketplace.Contracts.Listings;

/// <summary>A listing became visible (draft → active). Carries what consumers need so none calls back.</summary>
public sealed record JobListingPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    JobListingSnapshot Listing) : IIntegrationEvent;
