using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// Which jobs a person may see (ARCHITECTURE §4), as SQL over job_requirements j: global to everyone, internal to the
/// same organization, network to a shared contractor network, regional to the same region, industry to the trade.
/// Imported postings are global. Recommendations and "how do I match" both use it.
/// </summary>
public static class JobVisibility
{
    public const string Sql = """
        (j.visibility = 'global'
         or j.organization_id = @ViewerOrganizationId
         or (j.visibility = 'network' and j.network_ids && @ViewerNetworkIds)
         or (j.visibility = 'regional' and j.region is not null and j.region = @ViewerRegion)
         or (j.visibility = 'industry' and j.job_category = any(@ViewerTrades)))
        """;

    public static object Parameters(Caller caller) => new
    {
        ViewerOrganizationId = caller.OrganizationId,
        ViewerNetworkIds = caller.NetworkIds.ToArray(),
        ViewerRegion = caller.Region,
        ViewerTrades = caller.Trades.ToArray(),
    };
}
