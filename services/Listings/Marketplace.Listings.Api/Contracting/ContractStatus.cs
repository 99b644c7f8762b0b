namespace Marketplace.Listings.Api.Contracting;

/// <summary>An opportunity takes bids while open (until its deadline); awarding or withdrawing it is final.</summary>
public enum ContractStatus
{
    Open,
    Awarded,
    Withdrawn,
}
