using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Api.Data;

/// <summary>
/// Who may see a listing (ARCHITECTURE §4), as SQL for the WHERE clause of every read path over alias <c>l</c>:
/// the owning organization always; otherwise by the listing's effective visibility (after its tier cascade).
/// Global reaches everyone, anonymous visitors included; internal reaches the organization only.
/// </summary>
public static class VisibilityFilter
{
    public const string Sql = """
        (l.organization_id = @CallerOrganizationId
         or case listing_effective_visibility(l.visibility, l.visibility_cascade, l.published_at, l.filled_at)
                when 'global' then true
                when 'industry' then @CallerAuthenticated and (l.trade = any(@CallerTrades) or l.job_category = any(@CallerTrades))
                when 'regional' then @CallerAuthenticated and l.region = @CallerRegion
                when 'network' then @CallerAuthenticated and l.network_ids && @CallerNetworkIds
                else false
            end)
        """;

    /// <summary>Listings that are not the caller's own are seen once published, and not while paused.</summary>
    public const string PublishedOrOwnSql = """
        (l.organization_id = @CallerOrganizationId or l.status in ('active', 'filled', 'closed', 'expired'))
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
