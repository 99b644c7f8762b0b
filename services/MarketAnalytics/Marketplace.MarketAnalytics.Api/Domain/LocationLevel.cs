namespace Marketplace.MarketAnalytics.Api.Domain;

public enum LocationLevel
{
    Country,
    State,
    City,
}
