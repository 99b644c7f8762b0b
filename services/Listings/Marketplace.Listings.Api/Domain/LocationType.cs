namespace Marketplace.Listings.Api.Domain;

/// <summary>Where the work happens.</summary>
public enum LocationType
{
    OnSite,
    Remote,
    Hybrid,
}
