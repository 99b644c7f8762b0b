namespace Marketplace.MarketAnalytics.Api.Domain;

public sealed class CategoryCount
{
    public string JobCategory { get; init; } = "";

    public int PublishedCount { get; init; }
}
