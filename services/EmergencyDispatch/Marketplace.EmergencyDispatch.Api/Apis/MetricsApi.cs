using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.EmergencyDispatch.Api.Apis;

public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/emergency-jobs/metrics", GetAsync).WithTags("EmergencyJobs").RequireAuthorization(DispatchPolicies.Dispatcher)
            .WithName("GetDispatchMetrics").WithSummary("Fill rate and median time to fill, for the organization and per region");
        return app;
    }

    public static async Task<Ok<MetricsResponse>> GetAsync(Caller caller, MetricsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ForOrganizationAsync(caller.OrganizationId!.Value, cancellationToken));
}
