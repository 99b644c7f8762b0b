namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>A posting's pay per year: its range and the one figure it contributes to percentiles.</summary>
public sealed record AnnualPay(decimal? Min, decimal? Max, decimal? Mid);
