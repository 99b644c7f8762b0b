namespace Marketplace.Listings.Api.Contracting;

/// <summary>A bid is submitted until the opportunity is awarded: then exactly one is accepted and the rest rejected.</summary>
public enum BidStatus
{
    Submitted,
    Accepted,
    Rejected,
}
