namespace Marketplace.Web.Api.Market;

/// <summary>The pay against BLS OEWS national annual wages for the role's occupation.</summary>
public sealed record BlsBenchmark(string SocCode, string Title, decimal? AnnualP10, decimal? AnnualP25, decimal? AnnualMedian, decimal? AnnualP75,
    decimal? AnnualP90, decimal? HourlyMedian, double? Percentile, string? Position, string Source);
