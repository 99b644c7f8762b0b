namespace Marketplace.MarketAnalytics.Api.Domain;

/// <summary>Published listings on one UTC day: the total and per job category.</summary>
public sealed record MarketActivity(DateOnly Date, int PublishedCount, IReadOnlyList<CategoryCount> Categories);
