namespace Marketplace.MarketAnalytics.Api.Apis;

/// <summary>How fast work is taken up over the last <see cref="WindowDays"/> days up to <see cref="To"/>.</summary>
public sealed record LiquidityResponse(
    RoleResolution Role, LocationResolution Location, DateOnly From, DateOnly To, int WindowDays, int MinimumSamples,
    double? ApplicationsPerPosting, int ListingsActive, int Fills, double? MedianDaysToFill,
    int EmergencyResolved, int EmergencyFilled, double? EmergencyFillRate, double? EmergencyMedianMinutesToFill);
