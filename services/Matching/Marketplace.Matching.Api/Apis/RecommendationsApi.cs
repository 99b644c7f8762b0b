using Dapper;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;
using Marketplace.Matching.Api.Matching;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Matching.Api.Apis;

/// <summary>The job seeker's side: the best jobs for them, and how they match any job they can see.</summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/recommendations", ListAsync).WithTags("Recommendations").RequireAuthorization(MatchingPolicies.SignedIn)
            .WithName("ListRecommendations").WithSummary("The best active jobs for the caller's profile, with score and reasons");
        app.MapGet("/api/v1/matches/me/{jobId:guid}", MineAsync).WithTags("Recommendations").RequireAuthorization(MatchingPolicies.SignedIn)
            .WithName("GetMyMatch").WithSummary("How the caller's profile matches one job they can see");
        return app;
    }

    public static async Task<Results<Ok<PagedList<MatchResponse>>, NotFound, ValidationProblem>> ListAsync(
        Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "min_score")] decimal? minScore = null, [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
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

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var profile = await ProfileStore.GetByUserAsync(connection, caller.UserId!.Value, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }

        var (items, total) = await MatchQueries.RecommendationsAsync(connection, profile.Id, caller, minScore ?? MatchWeights.RecommendThreshold, paging, cancellationToken);
        return TypedResults.Ok(paging.Envelope(items.Select(m => MatchResponse.From(m, caller.OrganizationId, withCandidate: false)).ToList(), total));
    }

    public static async Task<Results<Ok<MatchResponse>, NotFound>> MineAsync(
        Guid jobId, Caller caller, NpgsqlDataSource dataSource, IEmbeddingProvider embeddings, MatchExplainer explainer, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var profile = await connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition(
            $"select {ProfileRow.Columns}, case when p.embedding_model = @Model then p.embedding end as embedding from candidate_profiles p where p.user_id = @UserId",
            new { caller.UserId, embeddings.Model }, transaction, cancellationToken: cancellationToken));
        var parameters = new DynamicParameters(JobVisibility.Parameters(caller));
        parameters.AddDynamicParams(new { JobId = jobId });
        var visible = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"select exists (select 1 from job_requirements j where j.listing_id = @JobId and {JobVisibility.Sql})", parameters, transaction, cancellationToken: cancellationToken));
        var job = visible ? await JobStore.GetAsync(connection, transaction, jobId, embeddings.Model, cancellationToken) : null;
        if (profile is null || job is null)
        {
            return TypedResults.NotFound();
        }

        // Computed live, so the answer is current even for a match below the stored floor.
        var result = MatchScorer.Score(profile.ToFacts(), job.ToFacts(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var status = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select status from matches where candidate_id = @CandidateId and job_id = @JobId",
            new { CandidateId = profile.Id, JobId = jobId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        result = await explainer.RewriteAsync(result, job.Title, cancellationToken);
        return TypedResults.Ok(MatchResponse.Live(profile.Id, jobId, result, job, status ?? "suggested"));
    }
}
