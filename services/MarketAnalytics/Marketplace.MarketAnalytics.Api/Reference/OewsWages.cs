namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>BLS OEWS national wages of one SOC occupation (May 2024); a suppressed ("*") or top-coded ("#") figure is null.</summary>
public sealed record OewsWages(
    string SocCode,
    string Title,
    decimal? AnnualP10,
    decimal? AnnualP25,
    decimal? AnnualMedian,
    decimal? AnnualP75,
    decimal? AnnualP90,
    decimal? HourlyMedian);
