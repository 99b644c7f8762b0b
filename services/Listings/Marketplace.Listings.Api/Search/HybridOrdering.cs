namespace Marketplace.Listings.Api.Search;

/// <summary>The order of fused hybrid results: by fused score for relevance, else by the requested column.</summary>
public static class HybridOrdering
{
    public static IEnumerable<HybridCandidate> Sort(
        IEnumerable<HybridCandidate> results, IReadOnlyDictionary<Guid, double> scores, SearchSort sort, bool descending) =>
        (sort, descending) switch
        {
            (SearchSort.Relevance, _) => results.OrderByDescending(x => scores[x.Id]).ThenByDescending(x => x.PublishedAt).ThenBy(x => x.Id),
            (SearchSort.Salary, true) => results.OrderBy(x => x.SalaryHigh is null).ThenByDescending(x => x.SalaryHigh).ThenBy(x => x.Id),
            (SearchSort.Salary, false) => results.OrderBy(x => x.SalaryLow is null).ThenBy(x => x.SalaryLow).ThenBy(x => x.Id),
            (SearchSort.Distance, true) => results.OrderBy(x => x.DistanceMiles is null).ThenByDescending(x => x.DistanceMiles).ThenBy(x => x.Id),
            (SearchSort.Distance, false) => results.OrderBy(x => x.DistanceMiles is null).ThenBy(x => x.DistanceMiles).ThenBy(x => x.Id),
            (SearchSort.PostedDate, false) => results.OrderBy(x => x.PublishedAt).ThenBy(x => x.Id),
            _ => results.OrderByDescending(x => x.PublishedAt).ThenBy(x => x.Id),
        };
}
