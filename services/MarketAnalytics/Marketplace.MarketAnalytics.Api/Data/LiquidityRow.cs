namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>Fills in a window: listings filled and their median days, emergency jobs resolved, filled and median minutes.</summary>
public sealed class LiquidityRow
{
    public int Fills { get; init; }
    public double? MedianDaysToFill { get; init; }
    public int EmergencyResolved { get; init; }
    public int EmergencyFilled { get; init; }
    public double? EmergencyMedianMinutesToFill { get; init; }
}
