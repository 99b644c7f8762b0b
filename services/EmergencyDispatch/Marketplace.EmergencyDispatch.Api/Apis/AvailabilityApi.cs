using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Geo;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.EmergencyDispatch.Api.Apis;

public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/emergency-jobs/availability/me").WithTags("Availability").RequireAuthorization(DispatchPolicies.Technician);
        me.MapGet("/", GetAsync).WithName("GetMyAvailability").WithSummary("The caller's availability and response metrics");
        me.MapPut("/", PutAsync).WithName("PutMyAvailability").WithSummary("Replace the caller's availability");
        me.MapPost("/toggle", ToggleAsync).WithName("ToggleMyAvailability").WithSummary("Switch emergency, temp or subcontract work on or off");
        return app;
    }

    public static async Task<Results<Ok<AvailabilityResponse>, NotFound>> GetAsync(Caller caller, AvailabilityStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(caller.UserId!.Value, cancellationToken) is { } row
            ? TypedResults.Ok(AvailabilityResponse.From(row))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<AvailabilityResponse>, ValidationProblem>> PutAsync(
        AvailabilityRequest request, Caller caller, AvailabilityStore store, TechnicianGeoIndex index, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var (write, errors) = AvailabilityValidator.Validate(request, services.GetRequiredService<UsGeocoder>);
        if (write is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var row = await store.UpsertAsync(caller, write, cancellationToken);
        await index.AddAsync(row.UserId, row.HomeLatitude, row.HomeLongitude);
        return TypedResults.Ok(AvailabilityResponse.From(row));
    }

    public static async Task<Results<Ok<AvailabilityResponse>, ValidationProblem, NotFound>> ToggleAsync(
        AvailabilityToggleRequest request, Caller caller, AvailabilityStore store, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var type = AvailableType.Emergency;
        errors.Check(request.AvailableType is not null && SnakeCase.TryParse(request.AvailableType, out type),
            "available_type", $"available_type is one of: {SnakeCase.Names<AvailableType>()}.");
        errors.Check(request.IsAvailable is not null, "is_available", "is_available is required.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await store.ToggleAsync(caller.UserId!.Value, type, request.IsAvailable!.Value, cancellationToken) is { } row
            ? TypedResults.Ok(AvailabilityResponse.From(row))
            : TypedResults.NotFound();
    }
}
