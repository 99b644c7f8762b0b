using Dapper;
using Marketplace.Matching.Api.Apis;
using Marketplace.Matching.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.Matching.Api.Data;

/// <summary>Reads of the match cache for each view, best first. Ownership and visibility are conditions in the SQL.</summary>
public static class MatchQueries
{
    private const string From = "from matches m join job_requirements j on j.listing_id = m.job_id join candidate_profiles p on p.id = m.candidate_id";

    /// <summary>A candidate's matches with active jobs.</summary>
    public static Task<(List<MatchRow>, long)> ForCandidateAsync(NpgsqlConnection connection, Guid candidateId, Paging paging, CancellationToken cancellationToken) =>
        PageAsync(connection, "m.candidate_id = @CandidateId and j.status = 'active'",
            new DynamicParameters(new { CandidateId = candidateId }), "m.score desc, m.job_id", paging, cancellationToken);

    /// <summary>The job seeker's recommendations: recommended matches with active jobs they may see and have not applied to.</summary>
    public static Task<(List<MatchRow>, long)> RecommendationsAsync(
        NpgsqlConnection connection, Guid candidateId, Caller caller, decimal minScore, Paging paging, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(JobVisibility.Parameters(caller));
        parameters.AddDynamicParams(new { CandidateId = candidateId, MinScore = minScore, caller.UserId });
        return PageAsync(connection, $"""
            m.candidate_id = @CandidateId and m.score >= @MinScore and j.status = 'active' and m.status not in ('applied', 'rejected')
            and not exists (select 1 from application_scores a where a.job_id = m.job_id and a.applicant_user_id = @UserId)
            and {JobVisibility.Sql}
            """, parameters, "m.score desc, m.job_id", paging, cancellationToken);
    }

    /// <summary>A job's candidates for its organization: its own candidates and job seekers who chose to be discoverable.</summary>
    public static Task<(List<MatchRow>, long)> ForJobAsync(
        NpgsqlConnection connection, Guid jobId, Guid organizationId, decimal minScore, string? status, Paging paging, CancellationToken cancellationToken) =>
        PageAsync(connection, """
            m.job_id = @JobId and j.organization_id = @OrganizationId and m.score >= @MinScore
            and (@Status::text is null or m.status = @Status)
            and ((p.kind = 'recruited' and p.organization_id = @OrganizationId) or (p.kind = 'job_seeker' and p.discoverable))
            """, new DynamicParameters(new { JobId = jobId, OrganizationId = organizationId, MinScore = minScore, Status = status }),
            "m.score desc, m.candidate_id", paging, cancellationToken);

    private static async Task<(List<MatchRow>, long)> PageAsync(
        NpgsqlConnection connection, string where, DynamicParameters parameters, string order, Paging paging, CancellationToken cancellationToken)
    {
        parameters.AddDynamicParams(new { Limit = paging.Size, paging.Offset });
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {From} where {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<MatchRow>(new CommandDefinition(
            $"select {MatchRow.Columns} {From} where {where} order by {order} limit @Limit offset @Offset", parameters, cancellationToken: cancellationToken));
        return (rows.ToList(), total);
    }
}
