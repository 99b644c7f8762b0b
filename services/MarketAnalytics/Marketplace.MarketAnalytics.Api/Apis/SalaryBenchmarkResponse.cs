namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>Where a pay sits among active postings (mid-rank percentile) and in BLS OEWS national wages.</summary>
public sealed record SalaryBenchmarkResponse(
    RoleResolution Role, LocationResolution Location, decimal Amount, string Period, decimal AnnualAmount, decimal HourlyAmount,
    PostingsBenchmark Postings, BlsBenchmark? Bls);
