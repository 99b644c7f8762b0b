using Dapper;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Matching.Api.Apis;

/// <summary>The employer's and recruiter's side of a job: its ranked candidates, and decisions on them. Another organization's job is a 404.</summary>
public static class JobMatchesApi
{
    private static readonly string[] Decisions = ["viewed", "shortlisted", "rejected"];
    private static readonly string[] Statuses = ["suggested", "viewed", "applied", "rejected", "shortlisted"];

    public static IEndpointRouteBuilder MapJobMatchesApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/v1/jobs/{jobId:guid}/matches").WithTags("Job matches").RequireAuthorization(MatchingPolicies.Recruiting);
        jobs.MapGet("/", ListAsync).WithName("ListJobMatches").WithSummary("The job's candidates, best first: the organization's own and discoverable job seekers");
        jobs.MapPatch("/{candidateId:guid}", UpdateStatusAsync).WithName("UpdateJobMatchStatus").WithSummary("Mark a candidate viewed, shortlisted or rejected");
        return app;
    }

    public static async Task<Results<Ok<PagedList<MatchResponse>>, NotFound, ValidationProblem>> ListAsync(
        Guid jobId, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "min_score")] decimal? minScore = null, [FromQuery(Name = "status")] string? status = null,
        [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (minScore is < 0 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["min_score"] = ["min_score is 0 to 100."] });
        }

        if (status is not null && !Statuses.Contains(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"status is one of {string.Join(", ", Statuses)}."] });
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var own = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from job_requirements where listing_id = @JobId and organization_id = @OrganizationId)",
            new { JobId = jobId, caller.OrganizationId }, cancellationToken: cancellationToken));
        if (!own)
        {
            return TypedResults.NotFound();
        }

        var (items, total) = await MatchQueries.ForJobAsync(connection, jobId, caller.OrganizationId!.Value, minScore ?? 0, status, paging, cancellationToken);
        return TypedResults.Ok(paging.Envelope(items.Select(m => MatchResponse.From(m, caller.OrganizationId, withCandidate: true)).ToList(), total));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> UpdateStatusAsync(
        Guid jobId, Guid candidateId, MatchStatusRequest request, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (request.Status is null || !Decisions.Contains(request.Status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"status is one of {string.Join(", ", Decisions)}."] });
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update matches m set status = @Status
            from job_requirements j, candidate_profiles p
            where m.job_id = @JobId and m.candidate_id = @CandidateId and j.listing_id = m.job_id and p.id = m.candidate_id
              and j.organization_id = @OrganizationId
              and ((p.kind = 'recruited' and p.organization_id = @OrganizationId) or (p.kind = 'job_seeker' and p.discoverable))
            """, new { JobId = jobId, CandidateId = candidateId, request.Status, caller.OrganizationId }, cancellationToken: cancellationToken));
        return updated == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
