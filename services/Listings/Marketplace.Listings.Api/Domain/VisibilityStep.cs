namespace Marketplace.Listings.Api.Domain;

/// <summary>One step of a tier cascade: after <see cref="AfterHours"/> since publish the listing is seen as <see cref="Visibility"/>.</summary>
public sealed record VisibilityStep(ListingVisibility? Visibility, double? AfterHours);
