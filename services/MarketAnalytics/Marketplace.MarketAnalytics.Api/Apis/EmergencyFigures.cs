namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record EmergencyFigures(int Posted, int Filled, int Expired, double? FillRate, double? MedianMinutesToFill);
