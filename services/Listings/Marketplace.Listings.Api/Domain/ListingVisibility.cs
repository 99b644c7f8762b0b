namespace Marketplace.Listings.Api.Domain;

/// <summary>Who besides the owning organization may see a listing (ARCHITECTURE §4), narrowest first.</summary>
public enum ListingVisibility
{
    Internal,
    Network,
    Regional,
    Industry,
    Global,
}
