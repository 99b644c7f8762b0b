namespace Marketplace.Web.Api.Seek;

/// <summary>POST /api/v1/saved-jobs: a visible listing with an optional note.</summary>
public sealed record SaveJobRequest(Guid ListingId, string? Notes);
