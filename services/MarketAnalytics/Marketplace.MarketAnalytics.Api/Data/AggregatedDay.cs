namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>What rebuilding one day wrote.</summary>
public sealed record AggregatedDay
{
    public DateOnly Day { get; init; }

    public int StatsRows { get; init; }

    public int SkillRows { get; init; }
}
