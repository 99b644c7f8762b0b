namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>The documented bounds of a query (ADR 0100); beyond them a request is a 400 naming the field.</summary>
public static class QueryLimits
{
    /// <summary>Longest from..to range of trends and skills, inclusive: two years of days.</summary>
    public const int MaxRangeDays = 731;

    /// <summary>Longest range an admin rebuild covers in one request.</summary>
    public const int MaxRebuildDays = 366;

    /// <summary>Default trends and skills window when from is not given.</summary>
    public const int DefaultRangeDays = 90;

    /// <summary>Liquidity looks back this many days from the latest aggregated day.</summary>
    public const int LiquidityWindowDays = 30;

    public const int MaxTextLength = 200;

    public const decimal MaxAmount = 100_000_000m;

    public static DateOnly Earliest { get; } = new(2000, 1, 1);

    public static DateOnly Latest { get; } = new(2100, 12, 31);
}
