namespace Marketplace.Listings.Api.Apis;

public sealed record SavedJobResponse(Guid ListingId, string? Notes, DateTimeOffset SavedAt, JobListingResponse Listing);
