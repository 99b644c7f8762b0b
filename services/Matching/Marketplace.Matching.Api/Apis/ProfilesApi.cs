using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;
using Marketplace.Matching.Api.Roles;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Marketplace.Matching.Api.Apis;

/// <summary>The signed-in job seeker's own profile. Every change is published and re-matched in the background.</summary>
public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/api/v1/profiles").WithTags("Profiles").RequireAuthorization(MatchingPolicies.SignedIn);
        profiles.MapGet("/me", GetAsync).WithName("GetMyProfile").WithSummary("The caller's own profile");
        profiles.MapPut("/me", PutAsync).WithName("PutMyProfile").WithSummary("Create or replace the caller's own profile");
        return app;
    }

    public static async Task<Results<Ok<ProfileResponse>, NotFound>> GetAsync(Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await ProfileStore.GetByUserAsync(connection, caller.UserId!.Value, cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(ProfileResponse.From(row));
    }

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem>> PutAsync(
        ProfileRequest request, Caller caller, NpgsqlDataSource dataSource, RoleLinker roles, IServiceProvider services,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (write, errors) = ProfileValidator.From(request, services.GetService<UsGeocoder>);
        if (write is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await ProfileWrites.UpsertOwnAsync(connection, transaction, caller.UserId!.Value, caller.OrganizationId, write, clock, cancellationToken);
        await roles.LinkAsync(connection, transaction, row.Id, row.PreferredRoles.Append(row.CurrentTitle ?? ""), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ProfileResponse.From(row));
    }
}
