using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EmergencyDispatch.Api.Extensions;

/// <summary>Who may call what: dispatchers (employers or dispatchers of an organization) post and run jobs; technicians answer.</summary>
public static class DispatchPolicies
{
    public const string Dispatcher = "dispatcher";
    public const string Technician = "technician";

    public static IServiceCollection AddDispatchPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Dispatcher, p => p.RequireAuthenticatedUser()
                .RequireRole(MarketplaceRoles.Employer, MarketplaceRoles.Dispatcher)
                .RequireClaim(MarketplaceClaims.OrganizationId))
            .AddPolicy(Technician, p => p.RequireAuthenticatedUser().RequireRole(MarketplaceRoles.Technician));
        return services;
    }
}
