namespace Marketplace.Contracts.Listings;

/// <summary>One listing reported by a <see cref="JobAlertMatched"/>, with what a notification needs to show it.</summary>
public sealed record JobAlertMatchedListing(Guid ListingId, string Title, DateTimeOffset PublishedAt);
