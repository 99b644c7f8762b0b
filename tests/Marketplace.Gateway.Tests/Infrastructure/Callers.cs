using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>Token requests for test callers; every call is a new user, so no two tests share a rate-limit counter.</summary>
public static class Callers
{
    public static TokenRequest NewEmployer() =>
        new(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Employer], Region: "us-ny", Trades: ["elevator"], Verified: true);
}
