namespace Marketplace.Listings.Api.Contracting;

/// <summary>The body of POST /api/v1/contracts/{id}/bids.</summary>
public sealed record BidRequest(decimal? Amount, string? Currency, string? Message, DateOnly? ProposedStart);
