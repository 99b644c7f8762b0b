namespace Marketplace.MarketAnalytics.Api.Domain;

public enum TrendInterval
{
    Day,
    Week,
    Month,
}
