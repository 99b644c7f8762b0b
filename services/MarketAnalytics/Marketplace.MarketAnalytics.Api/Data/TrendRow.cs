namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>One period of a trend, rolled up from daily rows (see MarketStatsStore.TrendsAsync).</summary>
public sealed class TrendRow
{
    public DateOnly PeriodStart { get; init; }
    public int DaysWithData { get; init; }
    public int NewPostings { get; init; }
    public double ActivePostings { get; init; }
    public decimal? SalaryMinAvg { get; init; }
    public decimal? SalaryMaxAvg { get; init; }
    public decimal? PayP25 { get; init; }
    public decimal? PayMedian { get; init; }
    public decimal? PayP75 { get; init; }
    public double? ApplicationsPerPosting { get; init; }
    public int Fills { get; init; }
    public double? MedianDaysToFill { get; init; }
    public int EmergencyFilled { get; init; }
    public int EmergencyExpired { get; init; }
    public double? EmergencyFillRate { get; init; }
}
