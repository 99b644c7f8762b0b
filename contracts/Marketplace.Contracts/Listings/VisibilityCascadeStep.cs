namespace Marketplace.Contracts.Listings;

/// <summary>One step of a listing's tier cascade: <see cref="AfterHours"/> after publish it is seen as <see cref="Visibility"/>.</summary>
public sealed record VisibilityCascadeStep(string Visibility, double AfterHours);
