namespace Marketplace.Contracts.Listings;

/// <summary>A published listing's content changed (requirements, location, compensation, ...). <see cref="Listing"/> is the new state.</summary>
public sealed record JobListingUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ListingId,
    Guid OrganizationId,
    IReadOnlyList<string> ChangedFields,
    JobListingSnapshot Listing) : IIntegrationEvent;
