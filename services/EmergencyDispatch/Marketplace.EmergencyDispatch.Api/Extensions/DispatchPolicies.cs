using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Marketplace.EmergencyDispatch.Api.Extensions;

/// <summary>
/// Who may call what: any signed-in user reads the board and nearby jobs; dispatchers (employers or dispatchers of an
/// organization) post and run jobs; technicians answer and keep their availability. Every policy also requires a
/// UUID subject (and the dispatcher's a UUID organization), so handlers can rely on them.
/// </summary>
public static class DispatchPolicies
{
    public const string Member = "dispatch-member";
    public const string Dispatcher = "dispatcher";
    public const string Technician = "technician";

    public static IServiceCollection AddDispatchPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Member, p => Signed(p))
            .AddPolicy(Dispatcher, p => Signed(p)
                .RequireRole(MarketplaceRoles.Employer, MarketplaceRoles.Dispatcher)
                .RequireAssertion(c => Guid.TryParse(c.User.FindFirst(MarketplaceClaims.OrganizationId)?.Value, out _)))
            .AddPolicy(Technician, p => Signed(p).RequireRole(MarketplaceRoles.Technician));
        return services;
    }

    private static AuthorizationPolicyBuilder Signed(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireAssertion(c => Guid.TryParse(c.User.FindFirst(MarketplaceClaims.Subject)?.Value, out _));
}
