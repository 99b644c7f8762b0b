namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record BlsBenchmark(
    string SocCode, string Title, decimal? AnnualP10, decimal? AnnualP25, decimal? AnnualMedian, decimal? AnnualP75, decimal? AnnualP90,
    decimal? HourlyMedian, double? Percentile, string? Position, string Source);
