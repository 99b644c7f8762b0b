using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>Rebuilding statistics needs a JWT with the admin role; reading them needs nothing.</summary>
public static class MarketAdmin
{
    public const string Policy = "market-admin";

    public static IServiceCollection AddMarketAdminPolicy(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(MarketplaceRoles.Admin))
            .Services;
}
