namespace Marketplace.Listings.Api.Domain;

/// <summary>
/// draft → active (publish) → paused ↔ active → filled / closed / expired (issue 3). Expired, filled and closed
/// are final; anything else answers 409.
/// </summary>
public static class ListingStatusMachine
{
    private static readonly Dictionary<ListingStatus, ListingStatus[]> Allowed = new()
    {
        [ListingStatus.Draft] = [ListingStatus.Active, ListingStatus.Closed],
        [ListingStatus.Active] = [ListingStatus.Paused, ListingStatus.Filled, ListingStatus.Closed, ListingStatus.Expired],
        [ListingStatus.Paused] = [ListingStatus.Active, ListingStatus.Filled, ListingStatus.Closed, ListingStatus.Expired],
        [ListingStatus.Filled] = [],
        [ListingStatus.Closed] = [],
        [ListingStatus.Expired] = [],
    };

    public static bool CanMove(ListingStatus from, ListingStatus to) => Allowed[from].Contains(to);

    /// <summary>The states <paramref name="to"/> may be reached from, for the guarded UPDATE … WHERE status = any(…).</summary>
    public static string[] SourcesOf(ListingStatus to) =>
        Allowed.Where(p => p.Value.Contains(to)).Select(p => SnakeCase.Of(p.Key)).ToArray();
}
