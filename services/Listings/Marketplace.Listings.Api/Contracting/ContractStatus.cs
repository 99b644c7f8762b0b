namespace Marketplace.Listings.Api.Contracting;

/// <summary>An opportunity takes bids while open (until its deadline); awarding it is final.</summary>
public enum ContractStatus
{
    Open,
    Awarded,
}
