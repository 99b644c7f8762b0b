namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// A job's visibility and what it is decided against, carried by each live-board message so that an instance can
/// decide, per WebSocket, whether a job shown on a region's board may reach that caller. The same rule as the SQL
/// function <c>emergency_job_visible</c> (migration 0002), which every query uses; a test keeps the two in step.
/// </summary>
public sealed record JobAudience(string Visibility, Guid OrganizationId, IReadOnlyList<string> NetworkIds, string? Region, string JobCategory)
{
    public bool Admits(Viewer viewer) =>
        viewer.OrganizationId == OrganizationId
        || (SnakeCase.TryParse<JobVisibility>(Visibility, out var visibility) && visibility switch
        {
            JobVisibility.Network => NetworkIds.Intersect(viewer.NetworkIds, StringComparer.Ordinal).Any(),
            JobVisibility.Regional => Region is not null && string.Equals(Region, viewer.Region, StringComparison.OrdinalIgnoreCase),
            JobVisibility.Industry => viewer.Trades.Contains(JobCategory, StringComparer.Ordinal),
            JobVisibility.Global => viewer.Verified,
            _ => false,
        });
}
