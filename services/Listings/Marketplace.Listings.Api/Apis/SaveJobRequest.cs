namespace Marketplace.Listings.Api.Apis;

/// <summary>The body of POST /api/v1/saved-jobs.</summary>
public sealed record SaveJobRequest(Guid? ListingId, string? Notes);
