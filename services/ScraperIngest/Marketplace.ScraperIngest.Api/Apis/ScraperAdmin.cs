using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.ScraperIngest.Api.Apis;

/// <summary>The authorization policy of key, role and upload management: a JWT with the scraper-admin role.</summary>
public static class ScraperAdmin
{
    public const string Policy = "scraper-admin";

    public static IServiceCollection AddScraperAdminPolicy(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(MarketplaceRoles.ScraperAdmin))
            .Services;
}
