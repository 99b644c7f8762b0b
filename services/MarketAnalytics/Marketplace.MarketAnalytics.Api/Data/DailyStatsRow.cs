namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>One market_daily_stats row.</summary>
public sealed class DailyStatsRow
{
    public DateOnly Day { get; init; }
    public int NewPostings { get; init; }
    public int ActivePostings { get; init; }
    public int PaySamples { get; init; }
    public decimal? SalaryMinAvg { get; init; }
    public decimal? SalaryMaxAvg { get; init; }
    public decimal? PayP25 { get; init; }
    public decimal? PayMedian { get; init; }
    public decimal? PayP75 { get; init; }
    public int ListingsActive { get; init; }
    public int Applications { get; init; }
    public double? ApplicationsPerPosting { get; init; }
    public int Fills { get; init; }
    public double? MedianDaysToFill { get; init; }
    public int EmergencyPosted { get; init; }
    public int EmergencyFilled { get; init; }
    public int EmergencyExpired { get; init; }
    public double? EmergencyFillRate { get; init; }
    public double? EmergencyMedianMinutesToFill { get; init; }
}
