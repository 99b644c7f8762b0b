using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication;

namespace Marketplace.ScraperIngest.Api.Apis;

/// <summary>
/// Who may do what: key, role and upload management need a JWT with the scraper-admin role; the scrape queue
/// needs an active scraper API key.
/// </summary>
public static class ScraperAdmin
{
    public const string Policy = "scraper-admin";

    /// <summary>The scrape queue's policy: an active scraper API key, not a JWT.</summary>
    public const string ScraperPolicy = "scraper-api-key";

    public static IServiceCollection AddScraperPolicies(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(MarketplaceRoles.ScraperAdmin))
            .AddPolicy(ScraperPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.KeyIdClaim))
            .Services;
    }
}
