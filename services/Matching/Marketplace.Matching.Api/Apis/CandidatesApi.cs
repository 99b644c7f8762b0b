using Dapper;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;
using Marketplace.Matching.Api.Roles;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Matching.Api.Apis;

/// <summary>A recruiter's candidate pool, scoped to the caller's organization: another organization's candidate is a 404.</summary>
public static class CandidatesApi
{
    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/v1/candidates").WithTags("Candidates").RequireAuthorization(MatchingPolicies.Recruiting);
        candidates.MapPost("/", CreateAsync).WithName("CreateCandidate").WithSummary("Add a candidate to the organization's pool");
        candidates.MapGet("/", ListAsync).WithName("ListCandidates").WithSummary("The organization's candidates, newest first");
        candidates.MapGet("/{id:guid}", GetAsync).WithName("GetCandidate").WithSummary("One of the organization's candidates");
        candidates.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateCandidate").WithSummary("Replace a candidate");
        candidates.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteCandidate").WithSummary("Remove a candidate and their matches");
        candidates.MapGet("/{id:guid}/matches", MatchesAsync).WithName("ListCandidateMatches").WithSummary("The jobs a candidate matches, best first");
        return app;
    }

    public static async Task<Results<Created<CandidateResponse>, ValidationProblem>> CreateAsync(
        CandidateRequest request, Caller caller, NpgsqlDataSource dataSource, RoleLinker roles, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (write, errors) = ProfileValidator.From(request, services.GetService<UsGeocoder>);
        if (write is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await ProfileWrites.InsertCandidateAsync(connection, transaction, caller.OrganizationId!.Value, write, cancellationToken);
        await roles.LinkAsync(connection, transaction, row.Id, row.PreferredRoles.Append(row.CurrentTitle ?? ""), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/candidates/{row.Id}", CandidateResponse.From(row));
    }

    public static async Task<Results<Ok<PagedList<CandidateResponse>>, ValidationProblem>> ListAsync(
        Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "status")] string? status = null, [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (status is not null && !ProfileValidator.Statuses.Contains(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"status is one of {string.Join(", ", ProfileValidator.Statuses)}."] });
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new { caller.OrganizationId, Status = status, Limit = paging.Size, paging.Offset };
        const string Where = "where p.organization_id = @OrganizationId and p.kind = 'recruited' and (@Status::text is null or p.status = @Status)";
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) from candidate_profiles p {Where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns} from candidate_profiles p {Where} order by p.created_at desc, p.id limit @Limit offset @Offset",
            parameters, cancellationToken: cancellationToken));
        return TypedResults.Ok(paging.Envelope(rows.Select(CandidateResponse.From).ToList(), total));
    }

    public static async Task<Results<Ok<CandidateResponse>, NotFound>> GetAsync(Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await ProfileStore.GetCandidateAsync(connection, id, caller.OrganizationId!.Value, cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(CandidateResponse.From(row));
    }

    public static async Task<Results<Ok<CandidateResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, CandidateRequest request, Caller caller, NpgsqlDataSource dataSource, RoleLinker roles, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (write, errors) = ProfileValidator.From(request, services.GetService<UsGeocoder>);
        if (write is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await ProfileWrites.UpdateCandidateAsync(connection, transaction, id, caller.OrganizationId!.Value, write, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        await roles.LinkAsync(connection, transaction, row.Id, row.PreferredRoles.Append(row.CurrentTitle ?? ""), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(CandidateResponse.From(row));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "delete from candidate_profiles where id = @Id and organization_id = @OrganizationId and kind = 'recruited'",
            new { Id = id, caller.OrganizationId }, cancellationToken: cancellationToken));
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<PagedList<MatchResponse>>, NotFound, ValidationProblem>> MatchesAsync(
        Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ProfileStore.GetCandidateAsync(connection, id, caller.OrganizationId!.Value, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var (items, total) = await MatchQueries.ForCandidateAsync(connection, id, paging, cancellationToken);
        return TypedResults.Ok(paging.Envelope(items.Select(m => MatchResponse.From(m, caller.OrganizationId, withCandidate: false)).ToList(), total));
    }
}
