namespace Marketplace.Web.Api.Market;

/// <summary>GET market/salary-benchmark: where a pay sits among active postings and in BLS national wages.</summary>
public sealed record SalaryBenchmark(RoleResolution Role, LocationResolution Location, decimal Amount, string Period, decimal AnnualAmount,
    decimal HourlyAmount, PostingsBenchmark Postings, BlsBenchmark? Bls);
