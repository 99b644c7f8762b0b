using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Applications.Api.Data;

/// <summary>
/// Who may see (and so apply to) a listing of the read model, over alias <c>l</c>: the same rules as Listings'
/// VisibilityFilter (ARCHITECTURE §4) on the visibility the last event carried. The owning organization always;
/// global everyone; industry a caller of the trade (or exact category); regional the same region; network a shared
/// contractor network; internal nobody else. The visibility is the cascade's latest step reached since publish.
/// </summary>
public static class VisibilityFilter
{
    public const string Sql = """
        (l.organization_id = @CallerOrganizationId
         or case listing_effective_visibility(l.visibility, l.visibility_cascade, l.published_at)
                when 'global' then true
                when 'industry' then @CallerAuthenticated and (l.trade = any(@CallerTrades) or l.job_category = any(@CallerTrades))
                when 'regional' then @CallerAuthenticated and l.region = @CallerRegion
                when 'network' then @CallerAuthenticated and l.network_ids && @CallerNetworkIds
                else false
            end)
        """;

    public static Dictionary<string, object?> Parameters(Caller caller) => new()
    {
        ["CallerOrganizationId"] = caller.OrganizationId,
        ["CallerAuthenticated"] = caller.IsAuthenticated,
        ["CallerTrades"] = caller.Trades.Select(t => t.ToLowerInvariant()).ToArray(),
        ["CallerRegion"] = caller.Region,
        ["CallerNetworkIds"] = caller.NetworkIds.ToArray(),
    };
}
