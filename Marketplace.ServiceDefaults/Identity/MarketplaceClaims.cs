namespace Marketplace.ServiceDefaults.Identity;

/// <summary>The JWT claims of ARCHITECTURE §4.</summary>
public static class MarketplaceClaims
{
    public const string Subject = "sub";
    public const string OrganizationId = "org_id";
    public const string Roles = "roles";
    public const string NetworkIds = "network_ids";
    public const string Region = "region";
    public const string Trades = "trades";
    public const string Verified = "verified";
}
