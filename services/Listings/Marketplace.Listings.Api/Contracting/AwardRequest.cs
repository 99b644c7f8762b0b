namespace Marketplace.Listings.Api.Contracting;

/// <summary>The body of POST /api/v1/contracts/{id}/award: the bid that wins.</summary>
public sealed record AwardRequest(Guid? BidId);
