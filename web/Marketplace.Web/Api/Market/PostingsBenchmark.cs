namespace Marketplace.Web.Api.Market;

/// <summary>The pay's percentile among today's active postings (null when too few).</summary>
public sealed record PostingsBenchmark(DateOnly Day, int Samples, double? Percentile, bool Insufficient);
