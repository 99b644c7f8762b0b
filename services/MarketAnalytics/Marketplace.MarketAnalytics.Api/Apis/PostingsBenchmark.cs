namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record PostingsBenchmark(DateOnly Day, int Samples, double? Percentile, bool Insufficient);
