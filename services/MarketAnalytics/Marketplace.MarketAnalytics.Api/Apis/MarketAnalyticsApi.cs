namespace Marketplace.MarketAnalytics.Api.Apis;

public static class MarketAnalyticsApi
{
    public static IEndpointRouteBuilder MapMarketAnalyticsApi(this IEndpointRouteBuilder app) => app;
}
