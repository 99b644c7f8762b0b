namespace Marketplace.MarketAnalytics.Api.Workers;

/// <summary>"MarketAnalytics:Aggregation": how often the worker rebuilds yesterday and today.</summary>
public sealed class AggregationOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
