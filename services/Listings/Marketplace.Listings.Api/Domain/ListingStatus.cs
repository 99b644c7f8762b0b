namespace Marketplace.Listings.Api.Domain;

/// <summary>The lifecycle of a listing; transitions are ruled by ListingStatusMachine.</summary>
public enum ListingStatus
{
    Draft,
    Active,
    Paused,
    Filled,
    Closed,
    Expired,
}
