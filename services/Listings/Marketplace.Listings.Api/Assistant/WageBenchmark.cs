namespace Marketplace.Listings.Api.Assistant;

/// <summary>BLS OEWS national wages for one occupation (May 2024): hourly and annual 25th, 50th and 75th percentiles.</summary>
public sealed record WageBenchmark(string SocCode, string Occupation, decimal? HourlyP25, decimal? HourlyMedian, decimal? HourlyP75,
    decimal? AnnualP25, decimal? AnnualMedian, decimal? AnnualP75);
