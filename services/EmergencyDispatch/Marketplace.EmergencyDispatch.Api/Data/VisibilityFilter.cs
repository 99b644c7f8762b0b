using Dapper;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>
/// Who may see an emergency job, as SQL for the WHERE clause of every read path over alias <c>j</c>: the caller's
/// token gives their organization, contractor networks, region and verification; their trades are the token's
/// <c>trades</c> claim together with the trades on their availability profile. The rule itself is the SQL function
/// <c>emergency_job_visible</c> (migration 0002), which the broadcast applies to the technicians' stored claims.
/// </summary>
public static class VisibilityFilter
{
    public const string Sql = """
        emergency_job_visible(j.visibility, j.organization_id, j.network_ids, j.region, j.job_category,
            @ViewerOrganizationId, @ViewerNetworkIds, @ViewerRegion,
            @ViewerTrades || coalesce((select v.trades from technician_availability v where v.user_id = @ViewerUserId), '{}'),
            @ViewerVerified)
        """;

    /// <summary>The caller's values for <see cref="Sql"/>, merged with the query's own parameters.</summary>
    public static DynamicParameters Parameters(Caller caller, object queryParameters)
    {
        var parameters = new DynamicParameters(queryParameters);
        parameters.AddDynamicParams(new
        {
            ViewerUserId = caller.UserId,
            ViewerOrganizationId = caller.OrganizationId,
            ViewerNetworkIds = caller.NetworkIds.ToArray(),
            ViewerRegion = caller.Region,
            ViewerTrades = caller.Trades.Select(t => t.ToLowerInvariant()).ToArray(),
            ViewerVerified = caller.Verified,
        });
        return parameters;
    }
}
