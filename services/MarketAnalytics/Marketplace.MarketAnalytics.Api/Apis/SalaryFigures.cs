namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record SalaryFigures(int Samples, decimal? MinAvg, decimal? MaxAvg, decimal? P25, decimal? Median, decimal? P75, bool Insufficient);
