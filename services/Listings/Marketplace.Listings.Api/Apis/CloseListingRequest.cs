namespace Marketplace.Listings.Api.Apis;

/// <summary>The body of POST /api/v1/jobs/{id}/close: why the listing was closed (1–500 characters).</summary>
public sealed record CloseListingRequest(string? Reason);
