namespace Marketplace.Listings.Api.Domain;

/// <summary>Where a listing view came from.</summary>
public enum ViewSource
{
    Direct,
    Search,
    Alert,
    Referral,
}
