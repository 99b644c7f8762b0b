using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Matching.Api.Apis;

/// <summary>Who may call which route group. Ownership (this organization's candidate or job) is a condition in the query, answered 404.</summary>
public static class MatchingPolicies
{
    /// <summary>Anyone signed in, for their own profile, recommendations and matches.</summary>
    public const string SignedIn = "matching-signed-in";

    /// <summary>Recruiters, employers and admins of an organization (the token carries org_id).</summary>
    public const string Recruiting = "matching-recruiting";

    public const string Admin = "matching-admin";

    public static IServiceCollection AddMatchingPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Handlers key rows by the caller's user and organization ids: a token whose sub (or org_id) is not a UUID
            // is refused here (403) rather than failing in a handler.
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User).UserId is not null))
            .AddPolicy(Recruiting, p => p.RequireAuthenticatedUser()
                .RequireRole(MarketplaceRoles.Recruiter, MarketplaceRoles.Employer, MarketplaceRoles.Admin)
                .RequireAssertion(c => Caller.From(c.User) is { UserId: not null, OrganizationId: not null }))
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(MarketplaceRoles.Admin));
        return services;
    }
}
