using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Marketplace.Applications.Api.Apis;

/// <summary>The named authorization policies of the route groups.</summary>
public static class Policies
{
    /// <summary>Any signed-in person: applicants and tracker owners.</summary>
    public const string SignedIn = "signed_in";

    /// <summary>An employer or recruiter of an organization; which organization's applications is a condition in the query.</summary>
    public const string HiringTeam = "hiring_team";

    public static IServiceCollection AddApplicationsPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireClaim(MarketplaceClaims.Subject))
            .AddPolicy(HiringTeam, p => p.RequireAuthenticatedUser()
                .RequireClaim(MarketplaceClaims.OrganizationId)
                .RequireRole(MarketplaceRoles.Employer, MarketplaceRoles.Recruiter));
        return services;
    }
}
